// The languages the program speaks: English (built in) and the translations in assets/i18n/LANG.po, chosen by
// --lang, the settings file, a state link (lang=es), the system's locale at first start, or the View menu.
#pragma once
#include <memory>
#include <string>
#include <string_view>

#include "content/catalogue.hpp"

namespace session {

struct Session;

/// The language ids, as --lang, a link and the settings file write them.
inline constexpr std::string_view kEnglish = "en";
inline constexpr std::string_view kSpanish = "es";

/// True for a language the program has: "en" or "es".
bool is_language(std::string_view id);

/// The language of the system's locale: the first set of LC_ALL, LC_MESSAGES and LANG (nullptr or empty: unset)
/// starting with "es" gives "es", anything else "en".
std::string locale_language(const char* lc_all, const char* lc_messages, const char* lang);

/// The language to start in: the settings file's when it names one, else the locale's.
std::string startup_language(std::string_view settings_language, std::string_view locale_language);

/// The catalogue of a language: the built-in English, or it translated by ASSETS/i18n/ID.po. Throws
/// std::runtime_error with one line naming the file when that file is missing or malformed.
std::shared_ptr<const content::Catalogue> language_catalogue(const std::string& assets_dir, std::string_view id);

/// Switches the session's words to a language. On failure (an unknown id, a missing or bad file) the words stay
/// as they were, the status line says what went wrong, and it returns false.
bool set_language(Session& session, std::string_view id);

}  // namespace session
