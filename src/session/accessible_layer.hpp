// The page's accessible layer described without HTML: landmarks, headings and real controls made from the registry
// (controls() and commands()) and the session, a screen summary announced after a change that matters, and the
// difference from what was last pushed to the page, so that a frame sends only what changed.
#pragma once
#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "session/session.hpp"

namespace session {

/// What an element is on the page: an <input type=range>, a <select>, a check box, a button, or a paragraph.
enum class ElementRole { range, choice, toggle, button, text };

/// What an element shows now (values change every frame; the page updates these attributes only).
struct ElementState {
    std::string value;       ///< a range's number ("0.5"), a choice's index ("2"), a toggle's "1"/"0"; text's text
    std::string value_text;  ///< what a screen reader says of the value: "0.5 mg/kg", "IV infusion"; may be ""
    double min = 0.0;        ///< a range's bounds (the time's maximum follows the scenario's span)
    double max = 0.0;
    bool enabled = true;
    std::optional<bool> pressed;  ///< a button that toggles (aria-pressed); none: a plain button
    bool operator==(const ElementState&) const = default;
};

/// One element: what it is (the page builds it once) and its state.
struct Element {
    std::string id;  ///< "control.dose_mg_per_kg", "command.play", "time", "view": what operating it names
    ElementRole role;
    std::string name;                  ///< its accessible name, in the catalogue's words ("Dose")
    double step = 0.0;                 ///< a range's step
    std::vector<std::string> options;  ///< a choice's options' words
    ElementState state;
};

/// A landmark of the page (a region with a heading) and, inside it, groups with their own headings.
struct ElementGroup {
    std::string heading;  ///< "" for none
    std::vector<Element> elements;
};
struct Landmark {
    std::string id;    ///< "picture", "controls", "timeline", "view", "sources", "lesson", "commands"
    std::string name;  ///< its heading
    std::vector<ElementGroup> groups;
};

/// The whole layer: the landmarks in page order, the skip links' words and the screen summary.
struct AccessibleLayer {
    std::vector<Landmark> landmarks;
    std::vector<std::pair<std::string, std::string>> skip_links;  ///< landmark id, "Skip to the controls"
    std::string skip_links_name;                                  ///< the skip links' own name
    std::string summary;                                          ///< screen_reader_text: what the picture shows now
    std::string moment;  ///< what the summary is announced for: view, stage, lesson step, experiments, ...
};

/// The layer of the session now. Only commands offered on the page (everywhere, or where files are picked).
AccessibleLayer accessible_layer(const Session& session);

/// A value a control is operated with on the page: a range's number, a choice's index, a toggle's 0/1; a button
/// needs none.
struct ElementInput {
    std::string id;
    double value = 0.0;
};

/// Operates the element `input.id` names as the mouse would: a registry control is set through its setter
/// (clamped to its range), the time through set_time, the view choice and a button through apply_action (a disabled
/// command does nothing). An unknown id changes nothing. What only the window or the panels can do comes back.
Requests operate(Session& session, const ElementInput& input);

/// What the page was last sent, to send only differences.
struct PushedLayer {
    std::optional<AccessibleLayer> structure;  ///< the layer as built on the page (states as of that build)
    std::map<std::string, ElementState, std::less<>> states;
    std::string moment;
    std::string summary;
};

/// One frame's message to the page.
struct LayerUpdate {
    bool rebuild = false;  ///< the structure changed (a lesson opened, a language): build every element anew
    std::vector<std::pair<std::string, ElementState>> changed;  ///< with rebuild, every element
    std::optional<std::string> announce;  ///< the summary, to be announced (the moment changed, or on request)
    bool empty() const { return !rebuild && changed.empty() && !announce; }
};

/// The update from `pushed` to `now`, and `pushed` brought up to `now`. The summary is announced when the moment
/// changes (not while time merely advances) or `describe_requested` (the "Describe the picture" button).
LayerUpdate next_update(PushedLayer& pushed, const AccessibleLayer& now, bool describe_requested = false);

/// The id of the button that asks for the summary again.
inline constexpr std::string_view kDescribeId = "describe";

/// The update as the page's JSON: {"rebuild": {landmarks, skip_links, skip_links_name} | absent,
/// "changed": [[id, state], ...] (empty with a rebuild, whose structure holds the states), "announce": text | absent}.
std::string update_json(const LayerUpdate& update, const AccessibleLayer& now);

}  // namespace session
