namespace Frivillighed.Messaging;

public sealed class OutboxOptions
{
    // Rows claimed per transaction; of them, InFlight are published at a time (each waits for its confirm). A
    // claim larger than what is in flight keeps the broker busy while the batch's rows are read and marked.
    public int BatchSize { get; set; } = 500;

    public int InFlight { get; set; } = 100;

    // Only a fallback: commits wake the relay through LISTEN/NOTIFY.
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(2);
}
