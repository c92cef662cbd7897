import { D } from "../../src/core/decimal";
import { belowOne, divide, fromNumber, nonNegative, positive, unitInterval } from "../../src/core/validators";

describe("fromNumber", () => {
  it("takes the shortest decimal of a double, so 0.1 is exactly 0.1", () => {
    const r = fromNumber("x", 0.1);
    expect(r.ok && r.value.toString()).toBe("0.1");
  });
  it.each([NaN, Infinity, -Infinity])("refuses %p with notNumber naming the argument", (v) => {
    const r = fromNumber("answered", v);
    expect(r).toEqual({ ok: false, error: expect.objectContaining({ code: "notNumber", arg: "answered" }) });
  });
});

describe("range checks", () => {
  it("nonNegative accepts 0 and refuses −1", () => {
    expect(nonNegative("n", new D(0)).ok).toBe(true);
    expect(nonNegative("n", new D(-1))).toMatchObject({ ok: false, error: { code: "outOfRange", arg: "n" } });
  });
  it("positive refuses 0", () => {
    expect(positive("n", new D(0))).toMatchObject({ ok: false, error: { code: "outOfRange" } });
  });
  it("unitInterval accepts 0 and 1, refuses 1.01", () => {
    expect(unitInterval("r", new D(0)).ok && unitInterval("r", new D(1)).ok).toBe(true);
    expect(unitInterval("r", new D("1.01")).ok).toBe(false);
  });
  it("belowOne refuses 1", () => {
    expect(belowOne("m", new D(1)).ok).toBe(false);
  });
  it("divide refuses a zero divisor with divByZero naming it", () => {
    expect(divide(new D(1), new D(0), "talkMinutes")).toMatchObject({ ok: false, error: { code: "divByZero", arg: "talkMinutes" } });
    const r = divide(new D(1), new D(3), "d");
    expect(r.ok && r.value.toString()).toBe("0.3333333333333333333333333333333333333333");
  });
});
