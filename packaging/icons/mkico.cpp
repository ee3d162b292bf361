// SPDX-License-Identifier: GPL-3.0-or-later
// myelin-mkico: packs PNG images into one Windows .ico file (PNG-compressed entries, as Windows Vista
// and later read them). Used at build time for the executable's and the installer's icon, so every
// icon comes from packaging/icons/myelin.svg. Plain C++17, no Qt, so it builds on every host.
//
//   myelin-mkico OUT.ico IN-16.png IN-32.png ... (each PNG square, 1 to 256 pixels wide)
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

namespace {

struct Image
{
    std::string path;
    std::vector<unsigned char> bytes;
    std::uint32_t width = 0;
    std::uint32_t height = 0;
};

std::uint32_t readBigEndian32(const std::vector<unsigned char> &bytes, std::size_t at)
{
    return (std::uint32_t(bytes[at]) << 24) | (std::uint32_t(bytes[at + 1]) << 16) |
           (std::uint32_t(bytes[at + 2]) << 8) | std::uint32_t(bytes[at + 3]);
}

void put16(std::vector<unsigned char> &out, std::uint32_t value)
{
    out.push_back(static_cast<unsigned char>(value & 0xffU));
    out.push_back(static_cast<unsigned char>((value >> 8) & 0xffU));
}

void put32(std::vector<unsigned char> &out, std::uint32_t value)
{
    put16(out, value & 0xffffU);
    put16(out, value >> 16);
}

bool load(Image &image, std::string &error)
{
    std::ifstream in(image.path, std::ios::binary);
    if (!in) {
        error = image.path + ": cannot be read";
        return false;
    }
    image.bytes.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    static const unsigned char signature[8] = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    // Signature, then the IHDR chunk: length (4), "IHDR" (4), width (4), height (4).
    if (image.bytes.size() < 24 || !std::equal(signature, signature + 8, image.bytes.begin()) ||
        std::string(image.bytes.begin() + 12, image.bytes.begin() + 16) != "IHDR") {
        error = image.path + ": not a PNG image";
        return false;
    }
    image.width = readBigEndian32(image.bytes, 16);
    image.height = readBigEndian32(image.bytes, 20);
    if (image.width == 0 || image.width > 256 || image.height == 0 || image.height > 256) {
        error = image.path + ": an icon image must be 1 to 256 pixels wide and high, this one is " +
                std::to_string(image.width) + "x" + std::to_string(image.height);
        return false;
    }
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc < 3) {
        std::fprintf(stderr, "usage: %s OUT.ico IMAGE.png...\n", argc > 0 ? argv[0] : "myelin-mkico");
        return 2;
    }
    std::vector<Image> images;
    for (int i = 2; i < argc; ++i) {
        Image image;
        image.path = argv[i];
        std::string error;
        if (!load(image, error)) {
            std::fprintf(stderr, "myelin-mkico: %s\n", error.c_str());
            return 1;
        }
        images.push_back(std::move(image));
    }

    // ICONDIR, one ICONDIRENTRY per image, then the PNG data in the same order.
    std::vector<unsigned char> out;
    put16(out, 0); // reserved
    put16(out, 1); // type: icon
    put16(out, static_cast<std::uint32_t>(images.size()));
    std::uint32_t offset = 6 + 16 * static_cast<std::uint32_t>(images.size());
    for (const Image &image : images) {
        out.push_back(static_cast<unsigned char>(image.width == 256 ? 0 : image.width)); // 0 means 256
        out.push_back(static_cast<unsigned char>(image.height == 256 ? 0 : image.height));
        out.push_back(0); // no palette
        out.push_back(0); // reserved
        put16(out, 1);    // colour planes
        put16(out, 32);   // bits per pixel
        put32(out, static_cast<std::uint32_t>(image.bytes.size()));
        put32(out, offset);
        offset += static_cast<std::uint32_t>(image.bytes.size());
    }
    for (const Image &image : images) {
        out.insert(out.end(), image.bytes.begin(), image.bytes.end());
    }

    std::ofstream file(argv[1], std::ios::binary | std::ios::trunc);
    file.write(reinterpret_cast<const char *>(out.data()), static_cast<std::streamsize>(out.size()));
    file.close();
    if (!file) {
        std::fprintf(stderr, "myelin-mkico: %s: cannot be written\n", argv[1]);
        return 3;
    }
    return 0;
}
