#pragma once

#include "core/policy/detectors/DetectorSpec.h"

#include <string_view>

namespace custos {

class PhoneNumberCheck;

// The canonical spelling of a hit's value (DetectorHit::normalized), chosen by the detector's
// validator: watchers fingerprint it, so "4111 1111 1111 1111" and "4111-1111-1111-1111" are one
// card, and "de89 3704..." and "DE8937..." one account.
class HitNormalizer
{
public:
    // phone: the detector's phone check (its regions decide a national number's country), or
    // nullptr for detectors without one.
    static QString normalize(const DetectorSpec &spec, std::string_view value, const PhoneNumberCheck *phone);

private:
    static QString digitsOnly(std::string_view value);
};

} // namespace custos
