// GLSL program compilation with readable errors.
#include "render/shader.hpp"

#include "render/gl.hpp"

namespace render {
namespace {

std::string first_line(const std::string& log) { return log.substr(0, log.find('\n')); }

GLuint compile(GLenum type, std::string_view src, std::string& error) {
    if (src.empty()) {
        error = "shader source missing from the binary";
        return 0;
    }
    GLuint shader = glCreateShader(type);
    const char* text = src.data();
    const auto length = static_cast<GLint>(src.size());
    glShaderSource(shader, 1, &text, &length);
    glCompileShader(shader);
    GLint ok = 0;
    glGetShaderiv(shader, GL_COMPILE_STATUS, &ok);
    if (!ok) {
        std::string log(1024, '\0');
        glGetShaderInfoLog(shader, static_cast<GLsizei>(log.size()), nullptr, log.data());
        error = "shader compile error: " + first_line(log.c_str());
        glDeleteShader(shader);
        return 0;
    }
    return shader;
}

}  // namespace

Program::~Program() {
    if (id_) glDeleteProgram(id_);
}

bool Program::build(std::string_view vertex_src, std::string_view fragment_src, std::string& error) {
    GLuint vs = compile(GL_VERTEX_SHADER, vertex_src, error);
    if (!vs) return false;
    GLuint fs = compile(GL_FRAGMENT_SHADER, fragment_src, error);
    if (!fs) {
        glDeleteShader(vs);
        return false;
    }
    id_ = glCreateProgram();
    glAttachShader(id_, vs);
    glAttachShader(id_, fs);
    glLinkProgram(id_);
    glDeleteShader(vs);
    glDeleteShader(fs);
    GLint ok = 0;
    glGetProgramiv(id_, GL_LINK_STATUS, &ok);
    if (!ok) {
        std::string log(1024, '\0');
        glGetProgramInfoLog(id_, static_cast<GLsizei>(log.size()), nullptr, log.data());
        error = "shader link error: " + first_line(log.c_str());
        return false;
    }
    return true;
}

void Program::use() const { glUseProgram(id_); }
void Program::set(const char* name, float x) const { glUniform1f(glGetUniformLocation(id_, name), x); }
void Program::set(const char* name, float x, float y) const { glUniform2f(glGetUniformLocation(id_, name), x, y); }
void Program::set(const char* name, int x) const { glUniform1i(glGetUniformLocation(id_, name), x); }

}  // namespace render
