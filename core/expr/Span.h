#pragma once

namespace gatehouse::expr {

// A stretch of an expression's source, in UTF-16 code units, for underlining.
struct Span
{
    int position = 0;
    int length = 0;

    int end() const { return position + length; }
    static Span between(Span first, Span last)
    {
        return {first.position, last.end() - first.position};
    }
    // The smallest span covering both.
    static Span unite(Span a, Span b)
    {
        const int start = a.position < b.position ? a.position : b.position;
        const int end = a.end() > b.end() ? a.end() : b.end();
        return {start, end - start};
    }
    bool operator==(const Span &) const = default;
};

} // namespace gatehouse::expr
