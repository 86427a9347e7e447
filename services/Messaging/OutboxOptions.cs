namespace Frivillighed.Messaging;

public sealed class OutboxOptions
{
    public int BatchSize { get; set; } = 100;

    // Only a fallback: commits wake the relay through LISTEN/NOTIFY.
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(2);
}
