using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Net.Sockets;
using Frivillighed.TestSupport;

namespace Frivillighed.Benchmarks;

// Services under measurement run as their own processes (Release builds), as they do in production.
public static class BenchHost
{
    public static Process Start(string dll, int port, Dictionary<string, string> environment)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = System.IO.Path.GetDirectoryName(dll), // the content root, where appsettings.json is
        };
        start.ArgumentList.Add(dll);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add($"http://127.0.0.1:{port}");
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        start.Environment["MASSTRANSIT_USAGE_TELEMETRY"] = "false";
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {dll}.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) Console.Error.WriteLine($"  [{System.IO.Path.GetFileNameWithoutExtension(dll)}] {e.Data}"); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    // Identity with its demo users, for a staff token by the password flow (Development only).
    public static Process StartIdentity(string root, TestDatabase database, int port) =>
        Start(System.IO.Path.Combine(root, "services/Identity/bin/Release/net10.0/Identity.dll"), port, new()
        {
            ["ConnectionStrings__identitydb"] = database.ConnectionString,
            ["ConnectionStrings__messaging"] = TestServers.RabbitMq,
            ["Messaging__QueuePrefix"] = "bench-identity",
            ["Identity__Issuer"] = $"http://127.0.0.1:{port}/",
            ["Platform__SeedDemoData"] = "true",
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
        });

    public static async Task<string> StaffTokenAsync(HttpClient client, string issuer)
    {
        var response = await client.PostAsync($"{issuer}connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "password", ["username"] = "dorte", ["password"] = "dev-password", ["client_id"] = "frivillighed-dev",
            ["scope"] = "frivillighed-api roles",
        }));
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return body.TryGetProperty("access_token", out var token) ? token.GetString()! : throw new InvalidOperationException($"No token: {body}");
    }

    // CPU time used so far, in milliseconds: by these processes, and by every PostgreSQL process of this machine's
    // test server (its backends come and go with the connections, so they are summed from /proc).
    public static double CpuMilliseconds(Process process)
    {
        process.Refresh();
        return process.TotalProcessorTime.TotalMilliseconds;
    }

    public static double PostgresCpuMilliseconds()
    {
        var ticks = 0L;
        foreach (var dir in Directory.EnumerateDirectories("/proc").Where(d => char.IsDigit(System.IO.Path.GetFileName(d)[0])))
        {
            try
            {
                var stat = File.ReadAllText(System.IO.Path.Combine(dir, "stat"));
                if (stat.Contains("(postgres)"))
                {
                    var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                    ticks += long.Parse(fields[11]) + long.Parse(fields[12]); // utime and stime, in clock ticks
                }
            }
            catch (IOException)
            {
                // The process ended while being read.
            }
        }

        return ticks * 10.0; // 100 ticks per second on Linux
    }

    public static void Stop(Process process)
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }
    }

    public static async Task WaitUntilUpAsync(HttpClient client, string url)
    {
        await Eventually.Returns(async () =>
        {
            try
            {
                using var response = await client.GetAsync(url);
                return response.IsSuccessStatusCode;
            }
            catch (HttpRequestException)
            {
                return false;
            }
        }, up => up, url, timeoutSeconds: 60);
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(System.IO.Path.Combine(dir.FullName, "Frivillighed.Platform.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Run the benchmarks from the checkout (./platform bench).");
    }
}
