/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  env: {
    ANTHROPIC_API_KEY: process.env.ANTHROPIC_API_KEY,
    NEXT_PUBLIC_APP_VERSION: process.env.npm_package_version,
  },
  images: { remotePatterns: [{ hostname: 'cdn.acme.example' }] },
};

module.exports = nextConfig;
