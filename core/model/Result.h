#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace gatehouse {

// What kind of failure an Error is, so a caller can tell a refusal it must
// answer (the input, a missing thing) from a store that could not read or
// write (which fails the whole request closed).
enum class ErrorCode
{
    Failed,       // anything else
    InvalidInput, // the caller's input cannot be used as given
    NotFound,     // the thing asked for does not exist
    StoreRead,    // the live data could not be read
    StoreWrite,   // the live data could not be written or committed
    FileAccess    // a file could not be opened, read or written
};

// An error as a value: what went wrong, in words a user can act on, and its kind.
struct Error
{
    QString message;
    ErrorCode code = ErrorCode::Failed;

    bool isStoreFailure() const
    {
        return code == ErrorCode::StoreRead || code == ErrorCode::StoreWrite;
    }
};

// A value or an error. Core returns these instead of throwing, so nothing
// throws through the event loop. Never dropped: an error nobody reads is a
// failure that reads as success.
template <typename T = void>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_state(std::move(value)) {}
    Result(Error error) : m_state(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_state); }
    T &value() & { return std::get<T>(m_state); }
    // By value, so `for (x : f().value())` does not iterate a destroyed temporary.
    T value() && { return std::get<T>(std::move(m_state)); }
    const T &operator*() const & { return value(); }
    const T *operator->() const { return &value(); }

    const Error &error() const { return std::get<Error>(m_state); }
    QString errorMessage() const { return ok() ? QString() : error().message; }
    bool isStoreFailure() const { return !ok() && error().isStoreFailure(); }

private:
    std::variant<T, Error> m_state;
};

template <>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }
    QString errorMessage() const { return ok() ? QString() : m_error->message; }
    bool isStoreFailure() const { return !ok() && m_error->isStoreFailure(); }

private:
    std::optional<Error> m_error;
};

} // namespace gatehouse
