
/** Headers a proxy adds when it passes a request on: such a request came from somewhere else. */
const forwardingHeaders = [
  "forwarded",
  "x-forwarded-for",
  "x-forwarded-host",
  "x-real-ip",
  "x-client-ip",
  "true-client-ip",
  "cf-connecting-ip",
  "fastly-client-ip",
  "x-cluster-client-ip",
  "x-forwarded-proto",
  "x-forwarded-server",
  "x-forwarded-port",
  "x-original-forwarded-for",
  "client-ip",
  "via",
];

const isLoopbackAddress = (ip: string) => ip === "::1" || ip.startsWith("127.") || ip.startsWith("::ffff:127.");

function isLoopbackHost(host: string): boolean {
  let hostname: string;
  try {
    hostname = new URL(`http://${host}`).hostname;
  } catch {
    return false;
  }
  return hostname === "localhost" || hostname.endsWith(".localhost") || hostname === "[::1]" || /^127\.\d+\.\d+\.\d+$/.test(hostname);
}

/**
 * Whether a request comes from a browser on the server's own machine: a loopback client address,
 * no forwarding header (a proxy on the same machine passing on a visitor's request adds one), and a
 * loopback Host (a foreign page that re-binds its own name to 127.0.0.1 still sends its own name).
 */
export function isLocalRequest(request: { ip: string; headers: Headers }): boolean {
  if (!isLoopbackAddress(request.ip)) return false;
  if (forwardingHeaders.some((name) => request.headers.has(name))) return false;
  const host = request.headers.get("host");
  return host === null || isLoopbackHost(host);
}
