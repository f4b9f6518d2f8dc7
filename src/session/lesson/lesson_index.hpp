// The shipped lessons by title, in the order they build on each other (for the menus and the welcome).
#pragma once
#include <string>
#include <vector>

namespace session {

struct LessonEntry {
    std::string path;   ///< the lesson file
    std::string title;  ///< its "title", what the learner sees (never the file name)
    int order = 0;      ///< its "order": lessons that build on others come later
};

/// The lessons in assets_dir/lessons ordered by their "order" key (then title). A file that is not valid JSON
/// or has no title is listed under its file name, so that starting it reports the error in one line.
std::vector<LessonEntry> list_lessons(const std::string& assets_dir);

}  // namespace session
