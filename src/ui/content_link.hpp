// The app's handle on the content library (quotes, caveats, glossary, references): shared, read-only, may be
// empty.
#pragma once
#include <memory>

#include "content/content.hpp"

namespace ui {

using ContentRef = std::shared_ptr<const content::Library>;

}  // namespace ui
