/**
 * A small Stripe.js for tests, served by the fake at `/v3/` like https://js.stripe.com/v3/.
 * It implements the subset the storefront uses, with Stripe.js's documented names and
 * result shapes (https://docs.stripe.com/js):
 *
 * - `Stripe(publishableKey)` (throws for anything but a `pk_…` key);
 * - `stripe.elements().create("card")`: a card element with `mount`, `unmount`,
 *   `destroy`, `clear`, `focus`, `update` and `on("change" | "ready" | "focus" | "blur")`;
 *   change events carry `{ elementType, empty, complete, brand, error }`. Unlike
 *   Stripe's, its fields (card number, MM / YY, CVC) are plain inputs in the page rather
 *   than in an iframe, so a test can type into them;
 * - `stripe.confirmCardPayment(clientSecret, { payment_method: { card, billing_details } })`
 *   and `stripe.retrievePaymentIntent(clientSecret)`, resolving `{ paymentIntent }` or
 *   `{ error }` (never rejecting for a declined card). Incomplete or invalid fields are
 *   refused in the browser with Stripe.js's `validation_error` messages; otherwise the card
 *   goes straight from the browser to this server's `POST /v1/payment_intents/:id/confirm`
 *   as `payment_method_data[card][…]` with the publishable key and client secret, as on
 *   Stripe, so it never passes through the shop's server.
 *
 * Not covered: the Payment Element, `confirmPayment`, redirects and 3-D Secure.
 */
export function stripeJsSource(apiBase: string): string {
  return `/* stripe-fake: a test double of Stripe.js v3 (tests/stripe-fake/stripe-js.ts) */
(function () {
  "use strict";
  var API = ${JSON.stringify(apiBase)};

  function IntegrationError(message) {
    var error = new Error(message);
    error.name = "IntegrationError";
    return error;
  }

  function digits(value) { return String(value || "").replace(/\\D/g, ""); }

  function luhn(number) {
    if (!/^\\d{12,19}$/.test(number)) return false;
    var sum = 0;
    for (var i = 0; i < number.length; i++) {
      var d = Number(number.charAt(number.length - 1 - i));
      if (i % 2 === 1) { d *= 2; if (d > 9) d -= 9; }
      sum += d;
    }
    return sum % 10 === 0;
  }

  function brandOf(number) {
    if (/^4/.test(number)) return "visa";
    if (/^(5[1-5]|2[2-7])/.test(number)) return "mastercard";
    if (/^3[47]/.test(number)) return "amex";
    return number ? "unknown" : "unknown";
  }

  function encode(value, prefix, out) {
    if (value === undefined || value === null) return out;
    if (typeof value === "object") {
      Object.keys(value).forEach(function (key) {
        encode(value[key], prefix ? prefix + "[" + key + "]" : key, out);
      });
      return out;
    }
    out.push(encodeURIComponent(prefix) + "=" + encodeURIComponent(String(value)));
    return out;
  }

  function validationError(code, message) {
    return { type: "validation_error", code: code, message: message };
  }

  /** The card's fields as typed: an error of Stripe.js's own wording, or the values. */
  function readCard(state) {
    var number = digits(state.number);
    var exp = digits(state.expiry);
    var cvc = digits(state.cvc);
    if (!number) return { error: validationError("incomplete_number", "Your card number is incomplete.") };
    if (number.length < 13 || (brandOf(number) !== "amex" && number.length < 16)) {
      return { error: validationError("incomplete_number", "Your card number is incomplete.") };
    }
    if (!luhn(number)) return { error: validationError("invalid_number", "Your card number is invalid.") };
    if (exp.length < 4) return { error: validationError("incomplete_expiry", "Your card's expiration date is incomplete.") };
    var month = Number(exp.slice(0, 2));
    var year = 2000 + Number(exp.slice(2, 4));
    var now = new Date();
    if (month < 1 || month > 12) return { error: validationError("invalid_expiry_month", "Your card's expiration date is invalid.") };
    if (year < now.getFullYear() || (year === now.getFullYear() && month < now.getMonth() + 1)) {
      return { error: validationError("invalid_expiry_year_past", "Your card's expiration year is in the past.") };
    }
    if (cvc.length < 3) return { error: validationError("incomplete_cvc", "Your card's security code is incomplete.") };
    return { card: { number: number, exp_month: String(month), exp_year: String(year), cvc: cvc } };
  }

  function CardElement(options) {
    this._options = options || {};
    this._handlers = {};
    this._state = { number: "", expiry: "", cvc: "" };
    this._root = null;
    this._destroyed = false;
  }
  CardElement.prototype.on = function (event, handler) {
    (this._handlers[event] = this._handlers[event] || []).push(handler);
    return this;
  };
  CardElement.prototype.off = function (event, handler) {
    this._handlers[event] = (this._handlers[event] || []).filter(function (h) { return h !== handler; });
    return this;
  };
  CardElement.prototype._emit = function (event, payload) {
    (this._handlers[event] || []).forEach(function (h) { h(payload); });
  };
  CardElement.prototype._change = function () {
    var read = readCard(this._state);
    var empty = !this._state.number && !this._state.expiry && !this._state.cvc;
    var error = read.error && /^invalid|past$/.test(read.error.code) ? read.error : undefined;
    this._emit("change", { elementType: "card", empty: empty, complete: !read.error, brand: brandOf(digits(this._state.number)), error: error, value: {} });
  };
  CardElement.prototype.mount = function (target) {
    if (this._destroyed) throw IntegrationError("This Element has already been destroyed. Please create a new one.");
    var host = typeof target === "string" ? document.querySelector(target) : target;
    if (!host) throw IntegrationError("The selector you specified (" + target + ") applies to no DOM elements that are currently on the page.");
    var self = this;
    var root = document.createElement("div");
    root.className = "StripeElement StripeElement--empty";
    root.setAttribute("data-stripe-fake", "card");
    root.style.display = "flex";
    root.style.flexWrap = "wrap";
    root.style.gap = "8px";
    function field(name, label, placeholder, autocomplete, width) {
      var input = document.createElement("input");
      input.type = "text";
      input.inputMode = "numeric";
      input.name = "stripe-fake-" + name;
      input.setAttribute("aria-label", label);
      input.placeholder = placeholder;
      input.autocomplete = autocomplete;
      input.style.flex = width;
      input.style.minWidth = "0";
      input.style.border = "0";
      input.style.outline = "none";
      input.style.font = "inherit";
      input.style.background = "transparent";
      input.addEventListener("input", function () {
        self._state[name] = input.value;
        root.classList.toggle("StripeElement--empty", !self._state.number && !self._state.expiry && !self._state.cvc);
        self._change();
      });
      input.addEventListener("focus", function () { root.classList.add("StripeElement--focus"); self._emit("focus", { elementType: "card" }); });
      input.addEventListener("blur", function () { root.classList.remove("StripeElement--focus"); self._emit("blur", { elementType: "card" }); });
      root.appendChild(input);
      return input;
    }
    this._inputs = [
      field("number", "Card number", "1234 1234 1234 1234", "cc-number", "1 1 12rem"),
      field("expiry", "Expiration date MM / YY", "MM / YY", "cc-exp", "0 0 5.5rem"),
      field("cvc", "CVC", "CVC", "cc-csc", "0 0 4rem")
    ];
    host.appendChild(root);
    this._root = root;
    setTimeout(function () { self._emit("ready", { elementType: "card" }); }, 0);
    return this;
  };
  CardElement.prototype.unmount = function () {
    if (this._root && this._root.parentNode) this._root.parentNode.removeChild(this._root);
    this._root = null;
  };
  CardElement.prototype.destroy = function () { this.unmount(); this._destroyed = true; };
  CardElement.prototype.clear = function () {
    this._state = { number: "", expiry: "", cvc: "" };
    (this._inputs || []).forEach(function (i) { i.value = ""; });
  };
  CardElement.prototype.focus = function () { if (this._inputs) this._inputs[0].focus(); };
  CardElement.prototype.blur = function () { if (this._inputs) this._inputs.forEach(function (i) { i.blur(); }); };
  CardElement.prototype.update = function (options) { this._options = Object.assign({}, this._options, options || {}); };

  function Elements(stripe, options) {
    this._stripe = stripe;
    this._options = options || {};
    this._card = null;
  }
  Elements.prototype.create = function (type, options) {
    if (type !== "card") throw IntegrationError("stripe-fake: only the 'card' Element is implemented, not '" + type + "'.");
    if (this._card && !this._card._destroyed) throw IntegrationError("Can only create one Element of type card.");
    this._card = new CardElement(options);
    return this._card;
  };
  Elements.prototype.getElement = function (type) { return type === "card" && this._card && !this._card._destroyed ? this._card : null; };

  function intentId(clientSecret) {
    var match = /^(pi_[A-Za-z0-9]+)_secret_[A-Za-z0-9]+$/.exec(String(clientSecret || ""));
    if (!match) throw IntegrationError("Invalid value for confirmCardPayment: clientSecret should be a client secret of the form ${"$"}{id}_secret_${"$"}{secret}. You specified: " + clientSecret + ".");
    return match[1];
  }

  function Stripe(key, options) {
    if (!(this instanceof Stripe)) return new Stripe(key, options);
    if (typeof key !== "string" || !/^pk_(test|live)_\\w+$/.test(key)) {
      throw IntegrationError("Invalid value for Stripe(): apiKey should be a string that starts with pk_. You specified: " + key + ".");
    }
    this._key = key;
  }
  Stripe.prototype.elements = function (options) { return new Elements(this, options); };
  Stripe.prototype._request = function (method, path, params) {
    var body = encode(params, "", []).join("&");
    var url = API + path + (method === "GET" ? "?" + body : "");
    return fetch(url, {
      method: method,
      headers: { Authorization: "Bearer " + this._key, "Content-Type": "application/x-www-form-urlencoded" },
      body: method === "GET" ? undefined : body
    }).then(function (response) {
      return response.json().then(function (json) { return { ok: response.ok, json: json }; });
    }, function () {
      return { ok: false, json: { error: { type: "api_connection_error", message: "An error occurred with our connection to Stripe. Request was retried 0 times." } } };
    });
  };
  Stripe.prototype.confirmCardPayment = function (clientSecret, data) {
    var id = intentId(clientSecret);
    var pm = data && data.payment_method;
    var params = { client_secret: clientSecret, expand: ["payment_method"] };
    if (typeof pm === "string") {
      params.payment_method = pm;
    } else if (pm && pm.card instanceof CardElement) {
      var read = readCard(pm.card._state);
      if (read.error) return Promise.resolve({ error: read.error });
      params.payment_method_data = { type: "card", card: read.card, billing_details: pm.billing_details || undefined };
    } else if (pm) {
      return Promise.reject(IntegrationError("Invalid value for confirmCardPayment: payment_method.card should be a card Element."));
    }
    return this._request("POST", "/v1/payment_intents/" + id + "/confirm", params).then(function (answer) {
      return answer.ok ? { paymentIntent: answer.json } : { error: answer.json.error };
    });
  };
  Stripe.prototype.retrievePaymentIntent = function (clientSecret) {
    var id = intentId(clientSecret);
    return this._request("GET", "/v1/payment_intents/" + id, { client_secret: clientSecret }).then(function (answer) {
      return answer.ok ? { paymentIntent: answer.json } : { error: answer.json.error };
    });
  };

  window.Stripe = Stripe;
})();
`
}
