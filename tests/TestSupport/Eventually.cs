namespace Frivillighed.TestSupport;

// Waits for a condition that another process makes true (a message consumed, a row written), without sleeping blindly.
public static class Eventually
{
    public static async Task<T> Returns<T>(Func<Task<T>> probe, Func<T, bool> until, string what, int timeoutSeconds = 30)
    {
        var deadline = DateTime.UtcNow.AddSeconds(timeoutSeconds);
        T last;
        do
        {
            last = await probe();
            if (until(last))
            {
                return last;
            }

            await Task.Delay(50);
        }
        while (DateTime.UtcNow < deadline);

        throw new TimeoutException($"Timed out after {timeoutSeconds} s waiting for {what}; last seen: {last}");
    }
}
