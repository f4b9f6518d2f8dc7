#version 330 core
// Expands one unit quad per instance to the shape's bounding box (plus the outline and 1 px of antialiasing).
layout(location = 0) in vec2 a_corner;        // -1..1
layout(location = 1) in vec4 a_center_half;   // center.xy, half_size.xy (world units)
layout(location = 2) in vec4 a_params;        // rotation_rad, corner_radius, outline_px, dash_period_px
layout(location = 3) in vec4 a_fill;
layout(location = 4) in vec4 a_outline;
layout(location = 5) in vec2 a_shape_dash;    // shape id, dash_offset_px

uniform vec2 u_camera_center;     // world units
uniform vec2 u_world_to_ndc;      // scale from world units to NDC
uniform float u_px_per_world;     // screen pixels per world unit

out vec2 v_local;                 // position relative to the centre, unrotated, world units
flat out vec4 v_center_half;
flat out vec4 v_params;
flat out vec4 v_fill;
flat out vec4 v_outline;
flat out int v_shape;
flat out float v_dash_offset;

void main() {
    float margin = (a_params.z + 2.0) / u_px_per_world;
    int shape = int(a_shape_dash.x + 0.5);
    vec2 half_size = a_center_half.zw;
    if (shape == 0 || shape == 1 || shape == 5) half_size = vec2(a_center_half.z + (shape == 1 ? a_center_half.w : 0.0));
    vec2 extent = half_size + vec2(margin);
    vec2 local = a_corner * extent;
    float c = cos(a_params.x), s = sin(a_params.x);
    vec2 world = a_center_half.xy + vec2(c * local.x - s * local.y, s * local.x + c * local.y);
    gl_Position = vec4((world - u_camera_center) * u_world_to_ndc, 0.0, 1.0);
    v_local = local;
    v_center_half = a_center_half;
    v_params = a_params;
    v_fill = a_fill;
    v_outline = a_outline;
    v_shape = shape;
    v_dash_offset = a_shape_dash.y;
}
