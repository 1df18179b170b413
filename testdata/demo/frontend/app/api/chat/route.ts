import Anthropic from "@anthropic-ai/sdk";

// Server-side route: the key never leaves the server.
const client = new Anthropic(); // reads process.env.ANTHROPIC_API_KEY

export async function POST(req: Request) {
  const { question } = await req.json();
  const message = await client.messages.create({
    model: "claude-sonnet-4-5",
    max_tokens: 1024,
    messages: [{ role: "user", content: question }],
  });
  return Response.json(message);
}
