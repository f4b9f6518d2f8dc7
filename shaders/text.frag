#version 330 core
// One layer of the labels: the halos (green, u_layer 0) under every glyph, then the glyphs' coverage (red, 1), so
// that no letter's halo paints over its neighbour. Both are baked at the exact pixel size.
in vec2 v_uv;
flat in vec4 v_color;
flat in vec4 v_halo;

uniform sampler2D u_atlas;
uniform int u_layer;

out vec4 o_color;

void main() {
    vec2 s = texture(u_atlas, v_uv).rg;
    vec4 c = u_layer == 0 ? vec4(v_halo.rgb, s.g * v_halo.a) : vec4(v_color.rgb, s.r * v_color.a);
    if (c.a <= 0.002) discard;
    o_color = c;
}
