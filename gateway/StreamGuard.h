#pragma once

#include "gateway/Enforcement.h"

namespace custos {

// Scans one channel of streamed text (a choice's content, a tool call's arguments). It holds back as
// much text as a pattern could still need, so a secret split across frames is still caught.
class StreamGuard
{
public:
    virtual ~StreamGuard() = default;
    virtual StreamVerdict push(const QString &text) = 0;
    // The stream's channel ended: releases what was held back.
    virtual StreamVerdict finish() = 0;
};

} // namespace custos
