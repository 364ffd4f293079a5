#pragma once

#include <span>

namespace custos {

// Vendor credentials whose documented format identifies them on their own: a fixed prefix or
// structure (ghp_, xoxb-, AKIA, dapi, sk_live_, ...). Each row becomes one detector; the body
// pattern is RE2 syntax without boundaries (VendorSecretDetectors adds them).
struct VendorToken
{
    const char *id;
    const char *description;
    const char *body; // RE2, the token itself
    int maxLength;
    bool placeholderCheck = true; // false where the format itself repeats a letter (AAAA...)
};

class VendorTokenTable
{
public:
    static std::span<const VendorToken> tokens();
    // Vendor and product names that, written next to a high-entropy value, say it is that
    // vendor's credential (the long tail whose keys have no prefix: UUIDs, 32 hex, ...).
    static std::span<const char *const> vendorNames();
};

} // namespace custos
