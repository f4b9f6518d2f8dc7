// Undo/redo of scenario changes, unsaved-change checks, and repeated courses shared with the pinned run.
#include "session/history/edits.hpp"

#include <algorithm>

#include "session/session.hpp"
#include "sim/limits.hpp"

namespace session {

namespace {

void push_undo(ScenarioHistory& h, sim::Scenario scenario) {
    h.undo_stack.push_back(std::move(scenario));
    if (h.undo_stack.size() > kMaxUndoSteps) h.undo_stack.erase(h.undo_stack.begin());
}

/// Commits a pending change (even mid-edit: an undo asked for now ends the edit).
void commit(Session& session) {
    ScenarioHistory& h = session.history;
    if (!h.committed) {
        h.committed = session.model.scenario;
        return;
    }
    if (*h.committed == session.model.scenario) return;
    push_undo(h, *h.committed);
    h.redo_stack.clear();
    h.committed = session.model.scenario;
}

}  // namespace

void note_scenario(Session& session, bool editing) {
    if (editing && session.history.committed) return;
    commit(session);
}

bool undo_scenario(Session& session) {
    commit(session);
    ScenarioHistory& h = session.history;
    if (h.undo_stack.empty()) return false;
    h.redo_stack.push_back(session.model.scenario);
    session.model.scenario = std::move(h.undo_stack.back());
    h.undo_stack.pop_back();
    h.committed = session.model.scenario;
    return true;
}

bool redo_scenario(Session& session) {
    commit(session);
    ScenarioHistory& h = session.history;
    if (h.redo_stack.empty()) return false;
    push_undo(h, session.model.scenario);
    session.model.scenario = std::move(h.redo_stack.back());
    h.redo_stack.pop_back();
    h.committed = session.model.scenario;
    return true;
}

bool can_undo(const Session& session) {
    const ScenarioHistory& h = session.history;
    return !h.undo_stack.empty() || (h.committed && *h.committed != session.model.scenario);
}

bool can_redo(const Session& session) {
    const ScenarioHistory& h = session.history;
    return !h.redo_stack.empty() && (!h.committed || *h.committed == session.model.scenario);
}

bool scenario_modified(const Session& session) { return session.model.scenario != session.default_scenario; }

bool has_unsaved_changes(const Session& session) {
    return scenario_modified(session) && (!session.saved_scenario || *session.saved_scenario != session.model.scenario);
}

void fit_span_to_doses(sim::Scenario& s) {
    namespace lim = sim::limits;
    double last_h = 0.0;
    for (const sim::Dose& d : s.doses) last_h = std::max(last_h, d.start_h);
    s.duration_days =
        std::clamp(std::max(s.duration_days, last_h / 24.0 + 21.0), lim::kDurationMin_days, lim::kDurationMax_days);
}

void set_course(sim::Scenario& s, int count, double every_h) {
    const sim::Dose first = s.doses.empty() ? sim::Dose{} : s.doses.front();
    s.doses.clear();
    for (int k = 0; k < count; ++k) {
        sim::Dose d = first;
        d.start_h = first.start_h + k * every_h;
        s.doses.push_back(d);
    }
    fit_span_to_doses(s);
}

void apply_course(Session& session, int count, double every_h) {
    set_course(session.model.scenario, count, every_h);
    if (!session.pinned) return;
    sim::Scenario& pinned = session.pinned->model.scenario;  // its run follows
    set_course(pinned, count, every_h);
    pinned.duration_days = session.model.scenario.duration_days;
}

bool pinned_schedule_differs(const Session& session) {
    if (!session.pinned) return false;
    const auto& mine = session.model.scenario.doses;
    const auto& theirs = session.pinned->model.scenario.doses;
    if (mine.size() != theirs.size()) return true;
    for (std::size_t i = 0; i < mine.size(); ++i)
        if (mine[i].start_h != theirs[i].start_h) return true;
    return false;
}

}  // namespace session
