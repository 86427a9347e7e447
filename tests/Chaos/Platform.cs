using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;

namespace Frivillighed.Chaos;

// The running platform as the experiments see it: its gateway, a staff token, and the processes it started.
public sealed class Platform(DistributedApplication app, HttpClient gateway, string staffToken)
{
    public HttpClient Gateway { get; } = gateway;

    public HttpRequestMessage AsStaff(HttpMethod method, string path, object? body = null)
    {
        var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
        request.Headers.Authorization = new("Bearer", staffToken);
        return request;
    }

    public static async Task<string> StaffTokenAsync(HttpClient gateway)
    {
        var response = await gateway.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "password", ["username"] = "dorte", ["password"] = "dev-password", ["client_id"] = "frivillighed-dev",
            ["scope"] = "frivillighed-api roles",
        }));
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return body.TryGetProperty("access_token", out var token) ? token.GetString()! : throw new InvalidOperationException($"No token: {body}");
    }

    // The one instance of a resource: its state and process id, from the AppHost's notifications.
    public async Task<(string? State, int? Pid)> InstanceAsync(string resource)
    {
        (string? State, int? Pid) last = (null, null);
        using var watch = new CancellationTokenSource(TimeSpan.FromSeconds(1));
        try
        {
            await foreach (var update in app.ResourceNotifications.WatchAsync(watch.Token))
            {
                if (update.Resource.Name == resource)
                {
                    var pid = update.Snapshot.Properties.FirstOrDefault(p => p.Name == "executable.pid")?.Value;
                    last = (update.Snapshot.State?.Text, pid is null ? null : Convert.ToInt32(pid, CultureInfo.InvariantCulture));
                }
            }
        }
        catch (OperationCanceledException)
        {
            // The current state comes first, then changes.
        }

        return last;
    }

    public async Task<bool> IsRunningAsync(string resource) => (await InstanceAsync(resource)).State == KnownResourceStates.Running;

    // The process the AppHost started for the resource.
    public async Task SignalAsync(string resource, string signal) => Kill(signal, [await PidAsync(resource)]);

    // A project runs as `dotnet run`, whose child is the service itself.
    public async Task SignalServiceAsync(string resource, string signal) => Kill(signal, [Children(await PidAsync(resource)).First()]);

    // A server and everything it started (rabbitmq-server's shell, the Erlang VM and its helpers).
    public async Task SignalTreeAsync(string resource, string signal)
    {
        var root = await PidAsync(resource);
        Kill(signal, [root, .. Descendants(root)]);
    }

    private async Task<int> PidAsync(string resource) =>
        (await InstanceAsync(resource)).Pid ?? throw new InvalidOperationException($"{resource} has no process.");

    private static IEnumerable<int> Descendants(int pid) => Children(pid).SelectMany(child => new[] { child }.Concat(Descendants(child)));

    private static IEnumerable<int> Children(int pid)
    {
        var file = $"/proc/{pid}/task/{pid}/children";
        return File.Exists(file)
            ? File.ReadAllText(file).Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(p => int.Parse(p, CultureInfo.InvariantCulture)).ToList()
            : [];
    }

    private static void Kill(string signal, IEnumerable<int> pids)
    {
        using var kill = Process.Start("kill", [$"-{signal}", .. pids.Select(p => p.ToString(CultureInfo.InvariantCulture))]);
        kill.WaitForExit();
    }
}
