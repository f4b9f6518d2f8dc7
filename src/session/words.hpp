// The session's words: the catalogue of the language in use (English built in, from assets/i18n's template), and
// the lookups panels and session code use instead of English literals.
#pragma once
#include <memory>
#include <string>
#include <string_view>

#include "content/catalogue.hpp"

namespace session {

struct Session;

/// The English catalogue built into the program (assets/i18n/synapse-lab.pot, embedded at build time).
std::shared_ptr<const content::Catalogue> builtin_catalogue();

/// The text of a catalogue key in the session's language ("command.play" -> "Play / pause").
const char* words(const Session& session, std::string_view key);
/// The same with its named placeholders filled: words(s, "status.saved", {{"path", path}}).
std::string words(const Session& session, std::string_view key, const content::Fields& fields);

/// The built-in English of a key, placeholders filled: for a message made where no Session is at hand (the errors
/// of a lesson or script file, read before any session uses it).
std::string builtin_words(std::string_view key, const content::Fields& fields = {});

/// A number written with a printf format for a placeholder's value: formatted_number("%g", 0.5) == "0.5".
std::string formatted_number(const char* printf_format, double value);

}  // namespace session
