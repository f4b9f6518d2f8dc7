// Headless OpenGL through EGL: surfaceless on Mesa (no X server), falling back to a pbuffer display.
#include "render/gl_context.hpp"

#include <EGL/egl.h>
#include <EGL/eglext.h>
#include <glad/gl.h>

namespace render {

struct HeadlessContext::Impl {
    EGLDisplay display = EGL_NO_DISPLAY;
    EGLContext context = EGL_NO_CONTEXT;
};

namespace {

EGLDisplay open_display() {
    auto get_platform_display =
        reinterpret_cast<PFNEGLGETPLATFORMDISPLAYEXTPROC>(eglGetProcAddress("eglGetPlatformDisplayEXT"));
    if (get_platform_display) {
        EGLDisplay d = get_platform_display(EGL_PLATFORM_SURFACELESS_MESA, EGL_DEFAULT_DISPLAY, nullptr);
        if (d != EGL_NO_DISPLAY && eglInitialize(d, nullptr, nullptr)) return d;
    }
    EGLDisplay d = eglGetDisplay(EGL_DEFAULT_DISPLAY);
    if (d != EGL_NO_DISPLAY && eglInitialize(d, nullptr, nullptr)) return d;
    return EGL_NO_DISPLAY;
}

EGLContext create_core_context(EGLDisplay display) {
    const EGLint config_attribs[] = {EGL_RENDERABLE_TYPE, EGL_OPENGL_BIT, EGL_NONE};
    EGLConfig config = nullptr;
    EGLint count = 0;
    if (!eglChooseConfig(display, config_attribs, &config, 1, &count) || count < 1) config = nullptr;
    if (!eglBindAPI(EGL_OPENGL_API)) return EGL_NO_CONTEXT;
    const EGLint context_attribs[] = {
        EGL_CONTEXT_MAJOR_VERSION,           3,       EGL_CONTEXT_MINOR_VERSION, 3, EGL_CONTEXT_OPENGL_PROFILE_MASK,
        EGL_CONTEXT_OPENGL_CORE_PROFILE_BIT, EGL_NONE};
    return eglCreateContext(display, config, EGL_NO_CONTEXT, context_attribs);
}

void* egl_proc(const char* name) { return reinterpret_cast<void*>(eglGetProcAddress(name)); }

}  // namespace

HeadlessContext::HeadlessContext(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}

HeadlessContext::~HeadlessContext() {
    eglMakeCurrent(impl_->display, EGL_NO_SURFACE, EGL_NO_SURFACE, EGL_NO_CONTEXT);
    eglDestroyContext(impl_->display, impl_->context);
    eglTerminate(impl_->display);
}

std::unique_ptr<HeadlessContext> HeadlessContext::create(std::string& error) {
    auto impl = std::make_unique<Impl>();
    impl->display = open_display();
    if (impl->display == EGL_NO_DISPLAY) {
        error = "no EGL display available for headless OpenGL (is Mesa's libegl-mesa0 installed?)";
        return nullptr;
    }
    impl->context = create_core_context(impl->display);
    if (impl->context == EGL_NO_CONTEXT ||
        !eglMakeCurrent(impl->display, EGL_NO_SURFACE, EGL_NO_SURFACE, impl->context)) {
        eglTerminate(impl->display);
        error = "could not create an OpenGL 3.3 core context through EGL";
        return nullptr;
    }
    if (!load_gl(egl_proc, error)) {
        eglMakeCurrent(impl->display, EGL_NO_SURFACE, EGL_NO_SURFACE, EGL_NO_CONTEXT);
        eglDestroyContext(impl->display, impl->context);
        eglTerminate(impl->display);
        return nullptr;
    }
    return std::unique_ptr<HeadlessContext>(new HeadlessContext(std::move(impl)));
}

bool load_gl(void* (*get_proc)(const char* name), std::string& error) {
    const int version = gladLoadGL(reinterpret_cast<GLADloadfunc>(get_proc));
    if (version == 0) {
        error = "could not load OpenGL functions";
        return false;
    }
    if (GLAD_VERSION_MAJOR(version) * 10 + GLAD_VERSION_MINOR(version) < 33) {
        error = "OpenGL 3.3 core is required, this system offers " + std::to_string(GLAD_VERSION_MAJOR(version)) + "." +
                std::to_string(GLAD_VERSION_MINOR(version));
        return false;
    }
    return true;
}

std::string gl_description() {
    auto text = [](GLenum name) {
        const auto* s = reinterpret_cast<const char*>(glGetString(name));
        return std::string(s ? s : "?");
    };
    return "OpenGL " + text(GL_VERSION) + " - " + text(GL_RENDERER);
}

}  // namespace render
