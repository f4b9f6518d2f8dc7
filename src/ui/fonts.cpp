// Font atlas: regular, bold, large and caption fonts at the UI scale, with the glyphs the content needs.
#include "ui/fonts.hpp"

#include "ui/ui.hpp"

namespace ui {

const ImWchar* glyph_ranges() {
    static const ImWchar kRanges[] = {
        0x0020, 0x017F,  // Basic Latin, Latin-1, Latin Extended-A
        0x0370, 0x03FF,  // Greek (mu, alpha, ...)
        0x2000, 0x209F,  // punctuation (dashes, curly quotes, bullet), super- and subscripts
        0x2190, 0x21FF,  // arrows
        0x2200, 0x22FF,  // mathematical operators
        0x25A0, 0x25FF,  // geometric shapes (play, step)
        0,
    };
    return kRanges;
}

ImFont* font(FontRole role) {
    ImFontAtlas* atlas = ImGui::GetIO().Fonts;
    const int i = static_cast<int>(role);
    return i < atlas->Fonts.Size ? atlas->Fonts[i] : ImGui::GetFont();
}

namespace {

ImFont* add_font(const std::string& path, float size_px) {
    ImGuiIO& io = ImGui::GetIO();
    if (!path.empty()) {
        ImFontConfig config;
        config.OversampleH = 2;
        config.OversampleV = 1;
        if (ImFont* f = io.Fonts->AddFontFromFileTTF(path.c_str(), size_px, &config, glyph_ranges())) return f;
    }
    ImFontConfig config;
    config.SizePixels = size_px;
    return io.Fonts->AddFontDefault(&config);
}

}  // namespace

void load_fonts(const FontPaths& fonts, float scale) {
    ImGuiIO& io = ImGui::GetIO();
    io.Fonts->Clear();
    const float base = session::kBaseFontPx * scale;
    const std::string& bold = fonts.bold.empty() ? fonts.regular : fonts.bold;
    add_font(fonts.regular, base);         // FontRole::regular
    add_font(bold, base);                  // FontRole::bold
    add_font(fonts.regular, base * 1.5f);  // FontRole::large
    add_font(bold, base * 2.1f);           // FontRole::caption
    io.Fonts->Build();
}

}  // namespace ui
