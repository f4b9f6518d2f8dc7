#version 330 core
// Glyph coverage (red) over its halo (green), both baked at the exact pixel size.
in vec2 v_uv;
flat in vec4 v_color;
flat in vec4 v_halo;

uniform sampler2D u_atlas;

out vec4 o_color;

void main() {
    vec2 s = texture(u_atlas, v_uv).rg;
    float cov = s.r * v_color.a;
    float halo = s.g * v_halo.a * (1.0 - cov);
    float a = cov + halo;
    if (a <= 0.002) discard;
    o_color = vec4((v_color.rgb * cov + v_halo.rgb * halo) / a, a);
}
