#version 330 core
// Renderer::present: copies the offscreen target to the window pixel for pixel (an exact texel read, no filtering).
uniform sampler2D u_target;
out vec4 out_color;

void main() { out_color = texelFetch(u_target, ivec2(gl_FragCoord.xy), 0); }
