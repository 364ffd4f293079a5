#pragma once

#include "ui/feed/FeedEntry.h"

namespace custos {

// What the live feed keeps visible. Every criterion is optional; an empty one matches everything.
// Text criteria match case-insensitively as substrings, except the decision, which must be equal.
struct FeedFilter
{
    QString decision;
    QString service;
    QString user;
    QString rule; // matches when any fired rule contains it
    QString text; // free text over every column and the interaction id

    bool isEmpty() const;
    bool accepts(const FeedEntry &entry) const;

    friend bool operator==(const FeedFilter &, const FeedFilter &) = default;
};

} // namespace custos
