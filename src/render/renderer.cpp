// Renderer implementation: a cached static backdrop, then instanced SDF shapes (world, screen) and text.
#include "render/renderer.hpp"

#include <algorithm>
#include <cmath>

#include "export/pixels.hpp"
#include "render/gl.hpp"
#include "render/shader.hpp"
#include "render/text_pass.hpp"
#include "scene/scene.hpp"
#include "synapse_shaders.hpp"

#ifndef SYNAPSE_RENDER_FONT_REGULAR
#define SYNAPSE_RENDER_FONT_REGULAR ""
#endif
#ifndef SYNAPSE_RENDER_FONT_BOLD
#define SYNAPSE_RENDER_FONT_BOLD ""
#endif

namespace render {
namespace {

/// The per-instance vertex layout (matches shaders/shape.vert).
struct GpuInstance {
    float center_half[4];
    float params[4];
    float fill[4];
    float outline[4];
    float shape_dash[2];
};

GpuInstance to_gpu(const scene::Instance& in) {
    return GpuInstance{{in.center.x, in.center.y, in.half_size.x, in.half_size.y},
                       {in.rotation_rad, in.corner_radius, in.outline_px, in.dash_period_px},
                       {in.fill.r, in.fill.g, in.fill.b, in.fill.a},
                       {in.outline.r, in.outline.g, in.outline.b, in.outline.a},
                       {static_cast<float>(in.shape), in.dash_offset_px}};
}

/// A polyline segment becomes a capsule whose radius is half the line width; dashes run on across joints.
void append_segments(const scene::Polyline& line, float px_per_world, std::vector<GpuInstance>& out) {
    const float radius = 0.5f * line.width_px / px_per_world;
    float travelled_px = 0.0f;
    for (std::size_t i = 1; i < line.points.size(); ++i) {
        const glm::vec2 a = line.points[i - 1], b = line.points[i];
        const glm::vec2 d = b - a;
        const float len = std::sqrt(d.x * d.x + d.y * d.y);
        scene::Instance cap;
        cap.shape = scene::Shape::capsule;
        cap.center = 0.5f * (a + b);
        cap.half_size = {0.5f * len + radius, radius};
        cap.rotation_rad = std::atan2(d.y, d.x);
        cap.fill = line.color;
        cap.dash_period_px = line.dash_period_px;
        cap.dash_offset_px = travelled_px + 0.5f * len * px_per_world;
        travelled_px += len * px_per_world;
        out.push_back(to_gpu(cap));
    }
}

}  // namespace

RendererOptions default_renderer_options() { return {SYNAPSE_RENDER_FONT_REGULAR, SYNAPSE_RENDER_FONT_BOLD}; }

/// A rectangle in GL's window coordinates (pixels from the bottom left), as glScissor takes it.
struct Box {
    int x = 0, y = 0, w = 0, h = 0;
};

/// An RGBA8 colour texture with its framebuffer.
struct Target {
    GLuint fbo = 0, color_tex = 0;
    int width = 0, height = 0;

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

    void release() {
        glDeleteTextures(1, &color_tex);
        glDeleteFramebuffers(1, &fbo);
    }
};

struct Renderer::Impl {
    Program shapes;
    Program copy;         ///< present(): the target drawn into the window
    GLuint copy_vao = 0;  ///< no attributes: present.vert places its triangle from gl_VertexID
    std::unique_ptr<TextPass> text;
    GLuint vao = 0, quad_vbo = 0, instance_vbo = 0;
    Target main, backdrop;
    GLuint coverage_tex = 0;         ///< upload_coverage_texture's (the panels' font atlas)
    std::uint64_t backdrop_key = 0;  ///< backdrop_hash of what the backdrop target holds (0 = nothing)
    bool transparent = false;
    std::vector<GpuInstance> staging;

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
        const int sizes[] = {4, 4, 4, 4, 2};
        std::size_t offset = 0;
        for (int i = 0; i < 5; ++i) {
            glEnableVertexAttribArray(1 + i);
            glVertexAttribPointer(1 + i, sizes[i], GL_FLOAT, GL_FALSE, stride, reinterpret_cast<void*>(offset));
            glVertexAttribDivisor(1 + i, 1);
            offset += static_cast<std::size_t>(sizes[i]) * sizeof(float);
        }
        glBindVertexArray(0);
    }

    /// One instanced draw of `staging` with a camera (world units, or pixels when screen_space).
    void draw_staged(const scene::Camera& camera, int w, int h, bool screen_space) {
        if (staging.empty()) return;
        const float fw = static_cast<float>(w), fh = static_cast<float>(h);
        shapes.use();
        if (screen_space) {
            shapes.set("u_camera_center", 0.5f * fw, 0.5f * fh);
            shapes.set("u_world_to_ndc", 2.0f / fw, -2.0f / fh);
            shapes.set("u_px_per_world", 1.0f);
        } else {
            shapes.set("u_camera_center", camera.center.x, camera.center.y);
            shapes.set("u_world_to_ndc", 1.0f / (camera.half_height * fw / fh), 1.0f / camera.half_height);
            shapes.set("u_px_per_world", fh / (2.0f * camera.half_height));
        }
        glBindVertexArray(vao);
        glBindBuffer(GL_ARRAY_BUFFER, instance_vbo);
        glBufferData(GL_ARRAY_BUFFER, static_cast<GLsizeiptr>(staging.size() * sizeof(GpuInstance)), staging.data(),
                     GL_STREAM_DRAW);
        glDrawArraysInstanced(GL_TRIANGLE_STRIP, 0, 4, static_cast<GLsizei>(staging.size()));
        glBindVertexArray(0);
    }

    void draw_shapes(const std::vector<scene::Instance>& list, const std::vector<scene::Polyline>* lines,
                     const scene::Camera& camera, int w, int h, bool screen_space) {
        staging.clear();
        const float px_per_world = screen_space ? 1.0f : static_cast<float>(h) / (2.0f * camera.half_height);
        if (lines)
            for (const auto& line : *lines) append_segments(line, px_per_world, staging);
        for (const auto& inst : list) staging.push_back(to_gpu(inst));
        draw_staged(camera, w, h, screen_space);
    }

    void clear(const scene::Rgba& bg) {
        glClearColor(bg.r * bg.a, bg.g * bg.a, bg.b * bg.a, bg.a);  // premultiplied, as blending keeps it
        glClear(GL_COLOR_BUFFER_BIT);
    }

    /// Redraws the static layers into the backdrop target when they changed, then copies them to main inside
    /// `box` (GL's window coordinates: the clip's scissor box, or the whole target).
    void draw_backdrop(const scene::SceneFrame& f, int w, int h, const Box& box) {
        backdrop.resize(w, h);
        const std::uint64_t key =
            scene::backdrop_hash(f) ^ (static_cast<std::uint64_t>(w) << 32) ^ static_cast<std::uint64_t>(h);
        if (key != backdrop_key) {  // the cached layer is always whole: no clip while it is drawn
            const bool clipped = glIsEnabled(GL_SCISSOR_TEST);
            glDisable(GL_SCISSOR_TEST);
            glBindFramebuffer(GL_FRAMEBUFFER, backdrop.fbo);
            glViewport(0, 0, w, h);
            clear(f.background);
            draw_shapes(f.backdrop, nullptr, f.camera, w, h, false);
            draw_shapes(f.backdrop_overlay, nullptr, f.camera, w, h, true);
            text->draw(f.backdrop_labels, f.camera, w, h);
            backdrop_key = key;
            if (clipped) glEnable(GL_SCISSOR_TEST);
        }
        glBindFramebuffer(GL_READ_FRAMEBUFFER, backdrop.fbo);
        glBindFramebuffer(GL_DRAW_FRAMEBUFFER, main.fbo);
        // The box itself, unscissored: a 1:1 copy without a scissor is a plain memory copy on Mesa's software
        // renderer, where a scissored one is a shader draw (compiled at start-up); the same pixels either way.
        const bool clipped = glIsEnabled(GL_SCISSOR_TEST);
        glDisable(GL_SCISSOR_TEST);
        glBlitFramebuffer(box.x, box.y, box.x + box.w, box.y + box.h, box.x, box.y, box.x + box.w, box.y + box.h,
                          GL_COLOR_BUFFER_BIT, GL_NEAREST);
        if (clipped) glEnable(GL_SCISSOR_TEST);
        glBindFramebuffer(GL_FRAMEBUFFER, main.fbo);
    }
};

Renderer::Renderer(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}

Renderer::~Renderer() {
    impl_->text.reset();
    glDeleteBuffers(1, &impl_->quad_vbo);
    glDeleteBuffers(1, &impl_->instance_vbo);
    glDeleteVertexArrays(1, &impl_->vao);
    glDeleteVertexArrays(1, &impl_->copy_vao);
    impl_->main.release();
    impl_->backdrop.release();
    glDeleteTextures(1, &impl_->coverage_tex);
}

std::unique_ptr<Renderer> Renderer::create(const RendererOptions& options, std::string& error) {
    auto impl = std::make_unique<Impl>();
    if (!impl->shapes.build(shaders::file("shape.vert"), shaders::file("shape.frag"), error)) return nullptr;
    if (!impl->copy.build(shaders::file("present.vert"), shaders::file("present.frag"), error)) return nullptr;
    glGenVertexArrays(1, &impl->copy_vao);
    const RendererOptions defaults = default_renderer_options();
    const std::string regular = options.font_regular.empty() ? defaults.font_regular : options.font_regular;
    const std::string bold = options.font_bold.empty() ? defaults.font_bold : options.font_bold;
    impl->text = TextPass::create(regular, bold.empty() ? regular : bold, error);
    if (!impl->text) return nullptr;
    impl->setup_vertex_arrays();
    return std::unique_ptr<Renderer>(new Renderer(std::move(impl)));
}

std::unique_ptr<Renderer> Renderer::create(std::string& error) { return create(RendererOptions{}, error); }

void Renderer::draw(const scene::SceneFrame& frame, int width_px, int height_px, const PictureClip* clip) {
    Impl& r = *impl_;
    r.main.resize(width_px, height_px);
    Box box{0, 0, width_px, height_px};
    if (clip) {  // one full clear for the covered part (unless it is kept), then nothing drawn outside the clip
        glBindFramebuffer(GL_FRAMEBUFFER, r.main.fbo);
        if (clip->clear_outside) r.clear(clip->outside);
        glEnable(GL_SCISSOR_TEST);
        const scene::Rect& a = clip->area_px;
        box = {static_cast<int>(a.x), height_px - static_cast<int>(a.bottom()), static_cast<int>(a.w),
               static_cast<int>(a.h)};
        glScissor(box.x, box.y, box.w, box.h);
    }
    r.transparent = frame.background.a < 1.0f;
    glEnable(GL_BLEND);
    glBlendFuncSeparate(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA, GL_ONE, GL_ONE_MINUS_SRC_ALPHA);
    const bool has_backdrop =
        !frame.backdrop.empty() || !frame.backdrop_overlay.empty() || !frame.backdrop_labels.empty();
    if (has_backdrop) {
        r.draw_backdrop(frame, width_px, height_px, box);
    } else {
        glBindFramebuffer(GL_FRAMEBUFFER, r.main.fbo);
        r.clear(frame.background);
    }
    glViewport(0, 0, width_px, height_px);
    r.draw_shapes(frame.instances, &frame.lines, frame.camera, width_px, height_px, false);
    r.draw_shapes(frame.overlay, nullptr, frame.camera, width_px, height_px, true);
    r.text->draw(frame.labels, frame.camera, width_px, height_px);
    glDisable(GL_SCISSOR_TEST);
}

void Renderer::clear_rect(const scene::Rect& rect_px, const scene::Rgba& color) {
    glBindFramebuffer(GL_FRAMEBUFFER, impl_->main.fbo);
    glEnable(GL_SCISSOR_TEST);
    glScissor(static_cast<int>(rect_px.x), impl_->main.height - static_cast<int>(rect_px.bottom()),
              static_cast<int>(rect_px.w), static_cast<int>(rect_px.h));
    glClearColor(color.r, color.g, color.b, color.a);
    glClear(GL_COLOR_BUFFER_BIT);
    glDisable(GL_SCISSOR_TEST);
}

unsigned Renderer::framebuffer() const { return impl_->main.fbo; }
int Renderer::width_px() const { return impl_->main.width; }
int Renderer::height_px() const { return impl_->main.height; }

// A draw rather than glBlitFramebuffer: a blit into the window flips rows (window buffers are top-down), which Mesa's
// software renderer does with a blit shader it compiles at every start (about 40 ms of the first frame); this
// program's compiled code is kept in Mesa's shader cache between runs. Pixel for pixel the same copy.
void Renderer::present() const {
    const Impl& r = *impl_;
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
    glViewport(0, 0, r.main.width, r.main.height);
    glDisable(GL_BLEND);
    glDisable(GL_SCISSOR_TEST);
    r.copy.use();
    r.copy.set("u_target", 0);
    glActiveTexture(GL_TEXTURE0);
    glBindTexture(GL_TEXTURE_2D, r.main.color_tex);
    glBindVertexArray(r.copy_vao);
    glDrawArrays(GL_TRIANGLES, 0, 3);
    glBindVertexArray(0);
}

void Renderer::finish() const { glFinish(); }

unsigned Renderer::upload_coverage_texture(int width_px, int height_px, const std::uint8_t* alpha) {
    GLuint& tex = impl_->coverage_tex;
    glDeleteTextures(1, &tex);
    glGenTextures(1, &tex);
    GLint bound = 0;
    glGetIntegerv(GL_TEXTURE_BINDING_2D, &bound);
    glBindTexture(GL_TEXTURE_2D, tex);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
    glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
    glPixelStorei(GL_UNPACK_ROW_LENGTH, 0);
#ifdef __EMSCRIPTEN__
    // WebGL 2 has no texture swizzles: (255, 255, 255, coverage) four bytes a texel, as ImGui's backend uploads it.
    const std::size_t texels = static_cast<std::size_t>(width_px) * static_cast<std::size_t>(height_px);
    std::vector<std::uint8_t> rgba(texels * 4, 255);
    for (std::size_t i = 0; i < texels; ++i) rgba[i * 4 + 3] = alpha[i];
    glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA8, width_px, height_px, 0, GL_RGBA, GL_UNSIGNED_BYTE, rgba.data());
#else
    const GLint white_with_alpha[] = {GL_ONE, GL_ONE, GL_ONE, GL_RED};  // (255, 255, 255, coverage), as ImGui's RGBA
    for (int i = 0; i < 4; ++i) glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_SWIZZLE_R + i, white_with_alpha[i]);
    glTexImage2D(GL_TEXTURE_2D, 0, GL_R8, width_px, height_px, 0, GL_RED, GL_UNSIGNED_BYTE, alpha);
#endif
    glBindTexture(GL_TEXTURE_2D, static_cast<GLuint>(bound));
    return tex;
}

void Renderer::read_raw_rgba(std::vector<std::uint8_t>& rgba) const {
    const int w = impl_->main.width, h = impl_->main.height;
    rgba.resize(static_cast<std::size_t>(w) * static_cast<std::size_t>(h) * 4);
    glBindFramebuffer(GL_READ_FRAMEBUFFER, impl_->main.fbo);
    glPixelStorei(GL_PACK_ALIGNMENT, 1);
    glReadPixels(0, 0, w, h, GL_RGBA, GL_UNSIGNED_BYTE, rgba.data());
}

void Renderer::read_rgba(std::vector<std::uint8_t>& rgba) const {
    read_raw_rgba(rgba);
    exporter::flip_rows(rgba, impl_->main.width, impl_->main.height);
    if (impl_->transparent) exporter::unpremultiply(rgba);
}

}  // namespace render
