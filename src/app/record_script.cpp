// Recording scripts in the app: the loader the window's preview uses too (recording scripts and lessons).
#include "app/record_script.hpp"

namespace app {

RecordScript load_record_script(const std::string& path, const std::string& assets_dir) {
    return ui::load_script_source(path, assets_dir);
}

}  // namespace app
