import { describe, expect, it } from "vitest"
import { readConfig } from "../src/config.js"

describe("configuration from the environment", () => {
  it("fills every default when nothing is set", () => {
    const r = readConfig({})
    expect("config" in r && r.config).toMatchObject({ PORT: 3000, HOST: "127.0.0.1", SESSION_IDLE_MINUTES: 30 })
  })

  it("reads and converts the variables that are set", () => {
    const r = readConfig({ PORT: "8080", COOKIE_SECURE: "true", LOCKOUT_THRESHOLD: "3" })
    expect("config" in r && r.config).toMatchObject({ PORT: 8080, COOKIE_SECURE: true, LOCKOUT_THRESHOLD: 3 })
  })

  it("names every bad variable once, and hides the values of secrets", () => {
    const r = readConfig({ PORT: "abc", BANK_TIMEZONE: "Mars/Base", MONGODB_URI: "http://user:s3cret@db" })
    expect("problems" in r).toBe(true)
    const problems = "problems" in r ? r.problems : []
    expect(problems).toHaveLength(3)
    expect(problems.join("\n")).toMatch(/^PORT="abc"/m)
    expect(problems.join("\n")).toMatch(/BANK_TIMEZONE="Mars\/Base": must be an IANA time zone/)
    expect(problems.join("\n")).not.toContain("s3cret")
  })

  it("treats an empty variable as unset", () => {
    const r = readConfig({ PORT: "" })
    expect("config" in r && r.config.PORT).toBe(3000)
  })

  it("reads TRUSTED_PROXIES as a list of addresses and CIDR ranges, and AUDIT_RETENTION_DAYS", () => {
    const r = readConfig({ TRUSTED_PROXIES: " 10.0.0.1, 10.1.0.0/16,::1 ,", AUDIT_RETENTION_DAYS: "180" })
    expect("config" in r && r.config).toMatchObject({
      TRUSTED_PROXIES: ["10.0.0.1", "10.1.0.0/16", "::1"],
      AUDIT_RETENTION_DAYS: 180
    })
    const defaults = readConfig({})
    expect("config" in defaults && [defaults.config.TRUSTED_PROXIES, defaults.config.AUDIT_RETENTION_DAYS]).toEqual([
      [],
      400
    ])
  })

  it("names the bad TRUSTED_PROXIES entries", () => {
    const r = readConfig({ TRUSTED_PROXIES: "10.0.0.1,proxy.local,10.0.0.0/33", AUDIT_RETENTION_DAYS: "0" })
    const problems = "problems" in r ? r.problems.join("\n") : ""
    expect(problems).toMatch(/TRUSTED_PROXIES=.*"proxy.local" is not an IP address or CIDR range/)
    expect(problems).toMatch(/"10.0.0.0\/33" has an invalid prefix length/)
    expect(problems).toMatch(/^AUDIT_RETENTION_DAYS="0"/m)
  })
})
