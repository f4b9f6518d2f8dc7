// What the picture shows, in words: the text of the web page's live region for screen readers (ImGui itself is
// invisible to them).
#pragma once
#include <string>

namespace session {

struct Session;

/// One paragraph: the view and the time, the mechanism stage the model is in now; in a lesson, the step (n of N),
/// its title and text, and its question with the choices (or the answer once it has run). Pure: the same session
/// gives the same text, so the page updates its live region only when this changes.
std::string screen_reader_text(const Session& session);

}  // namespace session
