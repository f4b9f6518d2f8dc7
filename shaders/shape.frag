#version 330 core
// Signed-distance shapes (circle, ring, rounded box, capsule, triangle, glow, ellipse) with pixel-exact
// outlines and optional dashes (of the outline, or of the fill when there is no outline). Written with
// selects rather than branches: software rasterisers run every path for every pixel anyway.
in vec2 v_local;
flat in vec4 v_center_half;
flat in vec4 v_params;
flat in vec4 v_fill;
flat in vec4 v_outline;
flat in int v_shape;
flat in float v_dash_offset;

uniform float u_px_per_world;

out vec4 o_color;

float sd_box(vec2 p, vec2 half_size, float r) {
    vec2 q = abs(p) - half_size + vec2(r);
    return length(max(q, 0.0)) + min(max(q.x, q.y), 0.0) - r;
}

// Isosceles triangle with its apex at +half.y and its base at -half.y (after Inigo Quilez).
float sd_triangle(vec2 p, vec2 half_size, float r) {
    vec2 q = vec2(half_size.x, 2.0 * half_size.y);
    p = vec2(abs(p.x), half_size.y - p.y);
    vec2 a = p - q * clamp(dot(p, q) / dot(q, q), 0.0, 1.0);
    vec2 b = p - q * vec2(clamp(p.x / q.x, 0.0, 1.0), 1.0);
    float d2 = min(dot(a, a), dot(b, b));
    float s = min(-(p.x * q.y - p.y * q.x), -(p.y - q.y));  // negative inside
    return -sqrt(d2) * sign(s) - r;
}

void main() {
    vec2 p = v_local;
    vec2 h = v_center_half.zw;
    bool round_shape = v_shape == 0 || v_shape == 1 || v_shape == 5;
    // Circles, boxes and capsules are all rounded boxes.
    vec2 hb = round_shape ? vec2(h.x) : h;
    float corner = round_shape ? h.x : (v_shape == 3 ? h.y : min(v_params.y, min(h.x, h.y)));
    float d = sd_box(p, hb, corner);
    if (v_shape == 1) d = abs(d) - h.y;  // ring: distance to the circle, minus the half thickness
    if (v_shape == 4) d = sd_triangle(p, h - vec2(v_params.y), v_params.y);
    if (v_shape == 6) {
        float k0 = length(p / h);
        d = k0 * (k0 - 1.0) / max(length(p / (h * h)), 1e-6);
    }
    float d_px = d * u_px_per_world;  // signed distance in pixels
    float inside = clamp(0.5 - d_px, 0.0, 1.0);
    // Glow: a soft radial falloff instead of an edge.
    float g = clamp(1.0 - length(p) / h.x, 0.0, 1.0);
    inside = v_shape == 5 ? g * g : inside;

    float outline_px = v_params.z;
    float dash_px = v_params.w;
    // Distance along the outline for dashes: along x for capsules, along each edge for boxes.
    float along = (v_shape == 3 || abs(p.x) * hb.y < abs(p.y) * hb.x) ? p.x : p.y;
    float dash = dash_px > 0.0 ? step(0.5, fract((along * u_px_per_world + v_dash_offset) / dash_px)) : 1.0;
    float edge = outline_px > 0.0 ? clamp(0.5 - abs(d_px + outline_px * 0.5) + outline_px * 0.5, 0.0, 1.0) * dash : 0.0;
    float e = edge * v_outline.a;
    float fill_a = v_fill.a * (outline_px > 0.0 ? 1.0 : dash);
    float a = e + fill_a * (1.0 - e);
    vec3 rgb = a > 0.0 ? (v_outline.rgb * e + v_fill.rgb * fill_a * (1.0 - e)) / a : v_fill.rgb;
    o_color = vec4(rgb, a * inside);
    if (o_color.a <= 0.002) discard;
}
