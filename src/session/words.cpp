// The built-in English catalogue, parsed once per session from the embedded template, and the lookups.
#include "session/words.hpp"

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

}  // namespace session
