// Web build link check: SDL2 window + WebGL 2 (GL ES 3) context + ImGui's SDL and OpenGL3 backends, a few frames.
// Prints "web_smoke: N frames" to the console after 3 frames, so a headless browser can tell that it ran.
#include <SDL.h>
#include <SDL_opengles2.h>
#include <emscripten.h>
#include <imgui.h>

#include <backends/imgui_impl_opengl3.h>
#include <backends/imgui_impl_sdl.h>
#include <cstdio>

namespace {

struct Smoke {
    SDL_Window* window = nullptr;
    int frames = 0;
};

void frame(void* arg) {
    Smoke& smoke = *static_cast<Smoke*>(arg);
    SDL_Event event;
    while (SDL_PollEvent(&event)) ImGui_ImplSDL2_ProcessEvent(&event);
    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplSDL2_NewFrame();
    // Under a headless browser's virtual time the clock may stand still between frames.
    if (ImGui::GetIO().DeltaTime <= 0.0f) ImGui::GetIO().DeltaTime = 1.0f / 60.0f;
    ImGui::NewFrame();
    ImGui::SetNextWindowSize(ImVec2(320, 120));
    ImGui::Begin("Synapse Lab web smoke");
    ImGui::Text("frame %d", smoke.frames);
    ImGui::End();
    ImGui::Render();
    const ImGuiIO& io = ImGui::GetIO();
    glViewport(0, 0, static_cast<int>(io.DisplaySize.x), static_cast<int>(io.DisplaySize.y));
    glClearColor(0.1f, 0.12f, 0.16f, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    SDL_GL_SwapWindow(smoke.window);
    if (++smoke.frames == 3) std::printf("web_smoke: %d frames\n", smoke.frames);
}

}  // namespace

int main(int, char**) {
    if (SDL_Init(SDL_INIT_VIDEO | SDL_INIT_EVENTS) != 0) {
        std::fprintf(stderr, "web_smoke: SDL_Init: %s\n", SDL_GetError());
        return 1;
    }
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_PROFILE_MASK, SDL_GL_CONTEXT_PROFILE_ES);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_MAJOR_VERSION, 3);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_MINOR_VERSION, 0);
    Smoke& smoke = *new Smoke{};  // lives as long as the page: the browser calls frame() after main returns
    smoke.window = SDL_CreateWindow("web_smoke", SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED, 640, 360,
                                    SDL_WINDOW_OPENGL | SDL_WINDOW_ALLOW_HIGHDPI);
    SDL_GLContext gl = smoke.window ? SDL_GL_CreateContext(smoke.window) : nullptr;
    if (!gl) {
        std::fprintf(stderr, "web_smoke: no WebGL 2 context: %s\n", SDL_GetError());
        return 1;
    }
    ImGui::CreateContext();
    ImGui::GetIO().IniFilename = nullptr;
    ImGui_ImplSDL2_InitForOpenGL(smoke.window, gl);
    ImGui_ImplOpenGL3_Init("#version 300 es");
    emscripten_set_main_loop_arg(frame, &smoke, 0, false);
    return 0;
}
