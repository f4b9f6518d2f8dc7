// Renderer implementation: offscreen target, one static quad and one instance buffer per pass.
#include "render/renderer.hpp"

#include <glad/gl.h>

#include <cmath>

#include "render/shader.hpp"
#include "synapse_shaders.hpp"

namespace render {
namespace {

/// The per-instance vertex layout (matches shaders/shape.vert).
struct GpuInstance {
    float center_half[4];
    float params[4];
    float fill[4];
    float outline[4];
    float shape;
};

GpuInstance to_gpu(const scene::Instance& in) {
    return GpuInstance{{in.center.x, in.center.y, in.half_size.x, in.half_size.y},
                       {in.rotation_rad, in.corner_radius, in.outline_px, in.dash_period_px},
                       {in.fill.r, in.fill.g, in.fill.b, in.fill.a},
                       {in.outline.r, in.outline.g, in.outline.b, in.outline.a},
                       static_cast<float>(in.shape)};
}

/// A polyline segment becomes a capsule whose radius is half the line width.
void append_segments(const scene::Polyline& line, float px_per_world, std::vector<GpuInstance>& out) {
    const float radius = 0.5f * line.width_px / px_per_world;
    for (std::size_t i = 1; i < line.points.size(); ++i) {
        const glm::vec2 a = line.points[i - 1], b = line.points[i];
        const glm::vec2 d = b - a;
        scene::Instance cap;
        cap.shape = scene::Shape::capsule;
        cap.center = 0.5f * (a + b);
        cap.half_size = {0.5f * std::sqrt(d.x * d.x + d.y * d.y) + radius, radius};
        cap.rotation_rad = std::atan2(d.y, d.x);
        cap.fill = line.color;
        out.push_back(to_gpu(cap));
    }
}

}  // namespace

struct Renderer::Impl {
    Program shapes;
    GLuint vao = 0, quad_vbo = 0, instance_vbo = 0;
    GLuint fbo = 0, color_tex = 0;
    int width = 0, height = 0;
    std::vector<GpuInstance> staging;

    void resize(int w, int h) {
        if (w == width && h == height && fbo) return;
        if (!fbo) glGenFramebuffers(1, &fbo);
        if (!color_tex) glGenTextures(1, &color_tex);
        glBindTexture(GL_TEXTURE_2D, color_tex);
        glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA8, w, h, 0, GL_RGBA, GL_UNSIGNED_BYTE, nullptr);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
        glBindFramebuffer(GL_FRAMEBUFFER, fbo);
        glFramebufferTexture2D(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_TEXTURE_2D, color_tex, 0);
        width = w;
        height = h;
    }

    void setup_vertex_arrays() {
        const float quad[] = {-1, -1, 1, -1, -1, 1, 1, 1};
        glGenVertexArrays(1, &vao);
        glBindVertexArray(vao);
        glGenBuffers(1, &quad_vbo);
        glBindBuffer(GL_ARRAY_BUFFER, quad_vbo);
        glBufferData(GL_ARRAY_BUFFER, sizeof(quad), quad, GL_STATIC_DRAW);
        glEnableVertexAttribArray(0);
        glVertexAttribPointer(0, 2, GL_FLOAT, GL_FALSE, 2 * sizeof(float), nullptr);
        glGenBuffers(1, &instance_vbo);
        glBindBuffer(GL_ARRAY_BUFFER, instance_vbo);
        const GLsizei stride = sizeof(GpuInstance);
        const int sizes[] = {4, 4, 4, 4, 1};
        std::size_t offset = 0;
        for (int i = 0; i < 5; ++i) {
            glEnableVertexAttribArray(1 + i);
            glVertexAttribPointer(1 + i, sizes[i], GL_FLOAT, GL_FALSE, stride, reinterpret_cast<void*>(offset));
            glVertexAttribDivisor(1 + i, 1);
            offset += static_cast<std::size_t>(sizes[i]) * sizeof(float);
        }
        glBindVertexArray(0);
    }
};

Renderer::Renderer(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}

Renderer::~Renderer() {
    glDeleteBuffers(1, &impl_->quad_vbo);
    glDeleteBuffers(1, &impl_->instance_vbo);
    glDeleteVertexArrays(1, &impl_->vao);
    glDeleteTextures(1, &impl_->color_tex);
    glDeleteFramebuffers(1, &impl_->fbo);
}

std::unique_ptr<Renderer> Renderer::create(std::string& error) {
    auto impl = std::make_unique<Impl>();
    if (!impl->shapes.build(shaders::file("shape.vert"), shaders::file("shape.frag"), error)) return nullptr;
    impl->setup_vertex_arrays();
    return std::unique_ptr<Renderer>(new Renderer(std::move(impl)));
}

void Renderer::draw(const scene::SceneFrame& frame, int width_px, int height_px) {
    Impl& r = *impl_;
    r.resize(width_px, height_px);
    glBindFramebuffer(GL_FRAMEBUFFER, r.fbo);
    glViewport(0, 0, width_px, height_px);
    glClearColor(frame.background.r, frame.background.g, frame.background.b, frame.background.a);
    glClear(GL_COLOR_BUFFER_BIT);

    const float px_per_world = static_cast<float>(height_px) / (2.0f * frame.camera.half_height);
    r.staging.clear();
    for (const auto& line : frame.lines) append_segments(line, px_per_world, r.staging);
    for (const auto& inst : frame.instances) r.staging.push_back(to_gpu(inst));
    if (r.staging.empty()) return;

    glEnable(GL_BLEND);
    glBlendFuncSeparate(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA, GL_ONE, GL_ONE_MINUS_SRC_ALPHA);
    r.shapes.use();
    const float aspect = static_cast<float>(width_px) / static_cast<float>(height_px);
    r.shapes.set("u_camera_center", frame.camera.center.x, frame.camera.center.y);
    r.shapes.set("u_world_to_ndc", 1.0f / (frame.camera.half_height * aspect), 1.0f / frame.camera.half_height);
    r.shapes.set("u_px_per_world", px_per_world);
    glBindVertexArray(r.vao);
    glBindBuffer(GL_ARRAY_BUFFER, r.instance_vbo);
    glBufferData(GL_ARRAY_BUFFER, static_cast<GLsizeiptr>(r.staging.size() * sizeof(GpuInstance)), r.staging.data(),
                 GL_STREAM_DRAW);
    glDrawArraysInstanced(GL_TRIANGLE_STRIP, 0, 4, static_cast<GLsizei>(r.staging.size()));
    glBindVertexArray(0);
}

unsigned Renderer::framebuffer() const { return impl_->fbo; }
unsigned Renderer::color_texture() const { return impl_->color_tex; }
int Renderer::width_px() const { return impl_->width; }
int Renderer::height_px() const { return impl_->height; }

void Renderer::read_rgba(std::vector<std::uint8_t>& rgba) const {
    const int w = impl_->width, h = impl_->height;
    rgba.resize(static_cast<std::size_t>(w) * static_cast<std::size_t>(h) * 4);
    glBindFramebuffer(GL_READ_FRAMEBUFFER, impl_->fbo);
    glPixelStorei(GL_PACK_ALIGNMENT, 1);
    glReadPixels(0, 0, w, h, GL_RGBA, GL_UNSIGNED_BYTE, rgba.data());
    const std::size_t row = static_cast<std::size_t>(w) * 4;
    std::vector<std::uint8_t> tmp(row);
    for (int y = 0; y < h / 2; ++y) {  // GL rows are bottom-up
        std::uint8_t* a = rgba.data() + static_cast<std::size_t>(y) * row;
        std::uint8_t* b = rgba.data() + static_cast<std::size_t>(h - 1 - y) * row;
        std::copy(a, a + row, tmp.data());
        std::copy(b, b + row, a);
        std::copy(tmp.data(), tmp.data() + row, b);
    }
}

}  // namespace render
