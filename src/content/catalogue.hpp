// The catalogue of the words the program shows, keyed: read from gettext PO text (msgctxt = the key, msgid = the
// English, msgstr = a translation), with named placeholders ({dose}) filled in when a message is used.
#pragma once
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace content {

/// One message of the catalogue.
struct Message {
    std::string key;                        ///< msgctxt: "menu.file.open"
    std::string english;                    ///< msgid: the source text
    std::string english_plural;             ///< msgid_plural, when the message has plural forms
    std::vector<std::string> translations;  ///< msgstr (one) or msgstr[0..n]; empty strings in the template
    std::string note;                       ///< the translator comment ("#." lines): where it appears, how much room
    bool fuzzy = false;                     ///< "#, fuzzy": a translation not yet checked (not used)
};

/// Named values for a message's placeholders: {{"dose", "0.5"}} fills "{dose}".
using Fields = std::vector<std::pair<std::string_view, std::string>>;

/// "{name}" in `pattern` replaced by the field of that name; an unknown name is left as it is ("{name}").
std::string fill_placeholders(std::string_view pattern, const Fields& fields);
/// The placeholder names used in `pattern`, in order of first use.
std::vector<std::string> placeholder_names(std::string_view pattern);

class Catalogue {
public:
    /// Reads PO or POT text. Throws std::runtime_error "LABEL:LINE: what is wrong" on a malformed entry, a message
    /// without a key (msgctxt) or a key given twice.
    static Catalogue from_po(std::string_view po_text, std::string_view label);

    /// The message's text: its translation where it has a checked one, else the English. An unknown key comes
    /// back as the key itself, so a missing message shows up on screen (the registry test checks every key).
    const char* text(std::string_view key) const;
    /// The message with its placeholders filled.
    std::string text(std::string_view key, const Fields& fields) const;
    /// The singular (n == 1) or plural form, placeholders filled ({n} is n).
    std::string plural(std::string_view key, long n, Fields fields = {}) const;

    bool has(std::string_view key) const { return index_.find(key) != index_.end(); }
    const std::vector<Message>& messages() const { return messages_; }
    /// This catalogue's messages with the translations of `translation` laid over them (same keys); keys only
    /// the translation has are ignored.
    Catalogue translated_by(const Catalogue& translation) const;

private:
    const Message* find(std::string_view key) const;
    void add(Message message, std::string_view label, int line);

    std::vector<Message> messages_;
    std::map<std::string, std::size_t, std::less<>> index_;
};

}  // namespace content
