#version 330 core
// Signed-distance shapes (circle, ring, rounded box, capsule) with pixel-exact outlines and optional dashes.
in vec2 v_local;
flat in vec4 v_center_half;
flat in vec4 v_params;
flat in vec4 v_fill;
flat in vec4 v_outline;
flat in int v_shape;

uniform float u_px_per_world;

out vec4 o_color;

float sd_box(vec2 p, vec2 half_size, float r) {
    vec2 q = abs(p) - half_size + vec2(r);
    return length(max(q, 0.0)) + min(max(q.x, q.y), 0.0) - r;
}

float sd_capsule(vec2 p, vec2 half_size) {
    float r = half_size.y;
    float h = max(half_size.x - r, 0.0);
    p.x = max(abs(p.x) - h, 0.0);
    return length(p) - r;
}

float shape_distance(vec2 p) {
    vec2 half_size = v_center_half.zw;
    if (v_shape == 0) return length(p) - half_size.x;
    if (v_shape == 1) return abs(length(p) - half_size.x) - half_size.y;
    if (v_shape == 2) return sd_box(p, half_size, min(v_params.y, min(half_size.x, half_size.y)));
    return sd_capsule(p, half_size);
}

void main() {
    float d_px = shape_distance(v_local) * u_px_per_world;   // signed distance in pixels
    float outline_px = v_params.z;
    float dash_px = v_params.w;
    float inside = clamp(0.5 - d_px, 0.0, 1.0);
    vec4 color = v_fill;
    if (outline_px > 0.0) {
        float edge = clamp(0.5 - abs(d_px + outline_px * 0.5) + outline_px * 0.5, 0.0, 1.0);
        if (dash_px > 0.0) {
            float along = atan(v_local.y, v_local.x) * length(v_local) * u_px_per_world;
            if (v_shape == 3) along = v_local.x * u_px_per_world;
            edge *= step(0.5, fract(along / dash_px));
        }
        color = mix(color, v_outline, edge * v_outline.a);
        color.a = max(v_fill.a, v_outline.a * edge);
        inside = clamp(0.5 - (d_px - 0.0), 0.0, 1.0);
    }
    o_color = vec4(color.rgb, color.a * inside);
    if (o_color.a <= 0.0) discard;
}
