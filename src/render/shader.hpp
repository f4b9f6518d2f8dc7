// A compiled and linked GLSL program with uniform setters.
#pragma once
#include <string>
#include <string_view>

namespace render {

class Program {
public:
    Program() = default;
    ~Program();
    Program(const Program&) = delete;
    Program& operator=(const Program&) = delete;

    /// Compiles and links; false with the GL info log's first line in `error` on failure.
    bool build(std::string_view vertex_src, std::string_view fragment_src, std::string& error);
    void use() const;
    void set(const char* name, float x) const;
    void set(const char* name, float x, float y) const;
    void set(const char* name, int x) const;
    unsigned id() const { return id_; }

private:
    unsigned id_ = 0;
};

}  // namespace render
