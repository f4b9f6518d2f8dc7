#version 330 core
// One glyph quad per instance, positioned in pixels (y down) and converted to NDC.
layout(location = 0) in vec2 a_corner;  // 0..1
layout(location = 1) in vec4 a_rect;    // x0, y0, x1, y1 pixels
layout(location = 2) in vec4 a_uv;      // u0, v0, u1, v1
layout(location = 3) in vec4 a_color;
layout(location = 4) in vec4 a_halo;

uniform vec2 u_viewport;  // pixels

out vec2 v_uv;
flat out vec4 v_color;
flat out vec4 v_halo;

void main() {
    vec2 px = mix(a_rect.xy, a_rect.zw, a_corner);
    v_uv = mix(a_uv.xy, a_uv.zw, a_corner);
    v_color = a_color;
    v_halo = a_halo;
    gl_Position = vec4(px.x / u_viewport.x * 2.0 - 1.0, 1.0 - px.y / u_viewport.y * 2.0, 0.0, 1.0);
}
