// The built-in English catalogue, parsed once per session from the embedded template, and the lookups.
#include "session/words.hpp"

#include <cstdio>

#include "session/session.hpp"
#include "synapse_words.hpp"

namespace session {

std::shared_ptr<const content::Catalogue> builtin_catalogue() {
    return std::make_shared<const content::Catalogue>(
        content::Catalogue::from_po(embedded_words::file("synapse-lab.pot"), "assets/i18n/synapse-lab.pot"));
}

const char* words(const Session& session, std::string_view key) { return session.catalogue->text(key); }

std::string words(const Session& session, std::string_view key, const content::Fields& fields) {
    return session.catalogue->text(key, fields);
}

std::string builtin_words(std::string_view key, const content::Fields& fields) {
    return builtin_catalogue()->text(key, fields);
}

std::string formatted_number(const char* printf_format, double value) {
    char text[64];
    std::snprintf(text, sizeof text, printf_format, value);
    return text;
}

}  // namespace session
