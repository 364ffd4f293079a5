// The default build's stand-in for libFuzzer: runs a fuzz target's LLVMFuzzerTestOneInput once on
// every file of the folders it is given (the seed corpus and the crashers once found), so the normal
// test suite replays them through the same properties without clang. A broken property traps.

#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size);

int main(int argc, char **argv)
{
    int replayed = 0;
    for (int i = 1; i < argc; ++i) {
        const std::filesystem::path folder(argv[i]);
        if (!std::filesystem::is_directory(folder)) {
            fprintf(stderr, "%s is not a folder of fuzz inputs\n", argv[i]);
            return 1;
        }
        for (const auto &entry : std::filesystem::directory_iterator(folder)) {
            if (!entry.is_regular_file())
                continue;
            std::ifstream file(entry.path(), std::ios::binary);
            const std::vector<char> bytes{std::istreambuf_iterator<char>(file),
                                          std::istreambuf_iterator<char>()};
            fprintf(stderr, "replaying %s\n", entry.path().c_str());
            LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t *>(bytes.data()), bytes.size());
            ++replayed;
        }
    }
    printf("%d inputs replayed, every property held\n", replayed);
    return replayed > 0 ? 0 : 1;
}
