// @babel/runtime's objectSpread2 helper (what Babel writes `{ ...a, b }` as, for ES2016), written
// without its chain of four helper modules (defineProperty, toPropertyKey, toPrimitive, typeof):
// the event bundle takes it instead (build/event-compilation.js, resolve.alias). Same steps, same
// result: a key from Object.keys or Object.getOwnPropertySymbols is already a property key (a
// string or a symbol), which toPropertyKey returns unchanged, so defineProperty(e, r, v) is exactly
// `r in e ? Object.defineProperty(e, r, {value, enumerable, configurable, writable}) : e[r] = v`.
// test/bundle/object-spread.test.ts compares the two on every kind of source.
function ownKeys(e, r) {
  var t = Object.keys(e);
  if (Object.getOwnPropertySymbols) {
    var o = Object.getOwnPropertySymbols(e);
    (r &&
      (o = o.filter(function (r) {
        return Object.getOwnPropertyDescriptor(e, r).enumerable;
      })),
      t.push.apply(t, o));
  }
  return t;
}
function _objectSpread2(e) {
  for (var r = 1; r < arguments.length; r++) {
    var t = null != arguments[r] ? arguments[r] : {};
    r % 2
      ? ownKeys(Object(t), !0).forEach(function (r) {
          var v = t[r];
          r in e
            ? Object.defineProperty(e, r, {
                value: v,
                enumerable: !0,
                configurable: !0,
                writable: !0,
              })
            : (e[r] = v);
        })
      : Object.getOwnPropertyDescriptors
        ? Object.defineProperties(e, Object.getOwnPropertyDescriptors(t))
        : ownKeys(Object(t)).forEach(function (r) {
            Object.defineProperty(e, r, Object.getOwnPropertyDescriptor(t, r));
          });
  }
  return e;
}
export { _objectSpread2 as default };
