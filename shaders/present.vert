#version 330 core
// Renderer::present: one triangle covering the window; no vertex buffer (positions from gl_VertexID).
void main() {
    vec2 corner = vec2(float((gl_VertexID & 1) << 2), float((gl_VertexID & 2) << 1));  // (0,0) (4,0) (0,4)
    gl_Position = vec4(corner - 1.0, 0.0, 1.0);
}
