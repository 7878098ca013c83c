#pragma once
// A scratch directory per test case, removed afterwards, with helpers to write files into it.

#include <claimgraph/core/document.hpp>
#include <claimgraph/input/document_reader.hpp>

#include <zlib.h>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>
#include <unistd.h>
#include <vector>

namespace claimgraph::test {

class temp_dir {
public:
    temp_dir() {
        static std::atomic<int> counter{0};
        path_ = std::filesystem::temp_directory_path() /
                ("claimgraph-input-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
        std::filesystem::remove_all(path_);
        std::filesystem::create_directories(path_);
    }
    ~temp_dir() {
        std::error_code ec;
        std::filesystem::remove_all(path_, ec);
    }
    temp_dir(const temp_dir&) = delete;
    temp_dir& operator=(const temp_dir&) = delete;

    [[nodiscard]] const std::filesystem::path& path() const { return path_; }

    /// Writes `bytes` to `name` (subdirectories created) and returns the full path.
    std::string write(const std::string& name, std::string_view bytes) const {
        const auto p = path_ / name;
        std::filesystem::create_directories(p.parent_path());
        std::ofstream out(p, std::ios::binary);
        out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
        return p.string();
    }

    /// Writes `bytes` gzip-compressed to `name`.
    std::string write_gz(const std::string& name, std::string_view bytes) const {
        const auto p = (path_ / name).string();
        gzFile f = gzopen(p.c_str(), "wb");
        gzwrite(f, bytes.data(), static_cast<unsigned>(bytes.size()));
        gzclose(f);
        return p;
    }

private:
    std::filesystem::path path_;
};

/// Reads all documents of `paths`; warnings are collected into `warnings` when given.
inline std::vector<document> read_all(const std::vector<std::string>& paths, const input_options& options = {},
                                      std::vector<std::string>* warnings = nullptr) {
    std::vector<document> docs;
    read_documents(
        paths, options, [&](document&& d) { docs.push_back(std::move(d)); },
        [&](const std::string& w) {
            if (warnings) warnings->push_back(w);
        });
    return docs;
}

} // namespace claimgraph::test
