// State links: the query text that a web page's address or `synapse-lab --open` carries, e.g.
// "lesson=mechanism&step=4&presenter=1" or "scenario=rapamycin&at=3d&view=spine".
#pragma once
#include <optional>
#include <string>
#include <string_view>

namespace session {

struct Session;

/// Applies a link's query text (without the '?'; keys in any order, values percent-encoded or not):
///   scenario=PRESET   a shipped preset by name           lesson=NAME&step=N   a lesson (assets/lessons) at step N
///   at=40min|2h|3d    the time cursor                    view=circuit|synapse|spine|receptor|signalling
///   theme=dark|light  presenter=1|0                   lang=en|es           the words' language
///   people=1|0        the differences between people    person=typical|fast|slow|N   whose run the scene shows
///   and the parameters changed from the preset: drug=racemic|esketamine|arketamine, route (the first dose's,
///   e.g. iv_bolus), dose_mg_per_kg, infusion_min (the first dose's), body_weight_kg, magnesium_mM, and 1|0 for
///   rapamycin, nbqx, val66met, mglur23_agonist, chronic_stress, disinhibition, blockade_at_rest.
/// The preset or lesson is applied first, then the parameters, then the time and what is shown. Returns one line
/// naming the key for an unknown key, a key given twice or a bad value; the session is then left as it was.
std::optional<std::string> apply_link(Session& session, std::string_view query);

/// The query text for the session as it is now (apply_link on a new session restores it): the lesson and step,
/// or the preset and the parameters changed from it; the time, view, theme, presenter mode and a language other
/// than English.
std::string link_query(const Session& session);

/// What to put on the clipboard for "Copy link to this view": the page's address with the query on the web
/// (Session::page_address set), else the desktop command line `synapse-lab --open '...'`.
std::string shareable_link(const Session& session);

}  // namespace session
