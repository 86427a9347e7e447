using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace Frivillighed.Messaging.Tests;

// The _error queue gauge asks the broker every 30 s. A frozen broker (it accepts the connection, then says
// nothing) once made the measurement throw out of the service's background loop, which stopped every service
// with consumers: the gauge must give up within seconds and the service must go on.
public class ErrorQueueDepthTests
{
    [Fact]
    public async Task ABrokerThatAcceptsButNeverAnswers_CostsSeconds_AndNeverStopsTheService()
    {
        using var silent = new TcpListener(IPAddress.Loopback, 0);
        silent.Start();
        var port = ((IPEndPoint)silent.LocalEndpoint).Port;
        var time = new FakeTimeProvider();
        var logger = new RecordingLogger();
        var depth = new ErrorQueueDepth($"amqp://guest:guest@127.0.0.1:{port}/", "frozen", time, logger);

        await depth.StartAsync(CancellationToken.None);

        // The loop starts on its own thread: each look moves the clock past a tick, whenever the timer began.
        await Frivillighed.TestSupport.Eventually.Returns(() =>
        {
            time.Advance(TimeSpan.FromSeconds(30));
            return Task.FromResult(logger.Messages.Count);
        }, n => n > 0,
            "the measurement to give up on the silent broker", timeoutSeconds: 30);
        Assert.Contains("could not be measured", logger.Messages.First());
        Assert.False(depth.ExecuteTask!.IsCompleted, "the gauge's loop ended, and with it the service");
        await depth.StopAsync(CancellationToken.None);
    }

    private sealed class RecordingLogger : ILogger<ErrorQueueDepth>
    {
        public System.Collections.Concurrent.ConcurrentQueue<string> Messages { get; } = new();

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Messages.Enqueue(formatter(state, exception));
    }
}
