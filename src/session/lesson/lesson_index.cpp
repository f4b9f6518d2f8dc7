// Lists the shipped lessons by title and order, reading only those two keys of each file.
#include "session/lesson/lesson_index.hpp"

#include <algorithm>
#include <climits>
#include <filesystem>
#include <fstream>

#include <nlohmann/json.hpp>

#include "session/lesson/lesson.hpp"

namespace session {

namespace {

LessonEntry read_entry(const std::string& path) {
    LessonEntry entry{path, std::filesystem::path(path).stem().string(), INT_MAX};
    std::ifstream in(path);
    const nlohmann::json j = nlohmann::json::parse(in, nullptr, false);
    if (j.is_discarded() || !j.is_object()) return entry;
    if (j.contains("title") && j["title"].is_string()) entry.title = j["title"].get<std::string>();
    if (j.contains("order") && j["order"].is_number_integer()) entry.order = j["order"].get<int>();
    return entry;
}

}  // namespace

std::vector<LessonEntry> list_lessons(const std::string& assets_dir) {
    std::vector<LessonEntry> lessons;
    for (const std::string& path : list_lesson_files(assets_dir)) lessons.push_back(read_entry(path));
    std::stable_sort(lessons.begin(), lessons.end(), [](const LessonEntry& a, const LessonEntry& b) {
        return a.order != b.order ? a.order < b.order : a.title < b.title;
    });
    return lessons;
}

}  // namespace session
