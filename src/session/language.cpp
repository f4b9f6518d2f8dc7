// Choosing the language: the locale's, the start-up one, and switching the session's catalogue.
#include "session/language.hpp"

#include <fstream>
#include <sstream>
#include <stdexcept>

#include "session/session.hpp"
#include "session/words.hpp"

namespace session {

bool is_language(std::string_view id) { return id == kEnglish || id == kSpanish; }

std::string locale_language(const char* lc_all, const char* lc_messages, const char* lang) {
    for (const char* value : {lc_all, lc_messages, lang}) {
        if (!value || !*value) continue;
        return std::string_view(value).substr(0, 2) == kSpanish ? std::string(kSpanish) : std::string(kEnglish);
    }
    return std::string(kEnglish);
}

std::string startup_language(std::string_view settings_language, std::string_view locale_language) {
    return std::string(is_language(settings_language) ? settings_language : locale_language);
}

std::shared_ptr<const content::Catalogue> language_catalogue(const std::string& assets_dir, std::string_view id) {
    if (!is_language(id)) throw std::runtime_error(builtin_words("language.error.unknown", {{"id", std::string(id)}}));
    auto english = builtin_catalogue();
    if (id == kEnglish) return english;
    const std::string path = assets_dir + "/i18n/" + std::string(id) + ".po";
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error(builtin_words("language.error.cannot_read", {{"file", path}}));
    std::ostringstream text;
    text << in.rdbuf();
    return std::make_shared<const content::Catalogue>(
        english->translated_by(content::Catalogue::from_po(text.str(), path)));
}

bool set_language(Session& session, std::string_view id) {
    try {
        session.catalogue = language_catalogue(session.assets_dir, id);
        session.language = std::string(id);
        return true;
    } catch (const std::exception& e) {
        session.status = words(session, "language.error", {{"error", e.what()}});
        return false;
    }
}

}  // namespace session
