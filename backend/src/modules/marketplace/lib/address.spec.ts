import { QUANG_NINH_COMMUNES } from "../data/communes-quang-ninh"
import { PROVINCES } from "../data/provinces"
import { checkAddress, checkInvoice, findProvince, findQuangNinhCommune, normalizeVietnamesePhone } from "./address"

const address = (overrides = {}) => ({
  first_name: "Nguyễn Thị",
  last_name: "Lan",
  phone: "0912 345 678",
  address_1: "Số 25 đường Hạ Long",
  city: "Phường Bãi Cháy",
  province: "Quảng Ninh",
  country_code: "vn",
  ...overrides,
})

describe("Vietnamese phone numbers", () => {
  it("accepts mobiles and landlines written the usual ways", () => {
    expect(normalizeVietnamesePhone("0912 345 678")).toBe("0912345678")
    expect(normalizeVietnamesePhone("+84 912.345.678")).toBe("0912345678")
    expect(normalizeVietnamesePhone("84-386-123-456")).toBe("0386123456")
    expect(normalizeVietnamesePhone("(0203) 3825 123")).toBe("02033825123")
  })

  it("refuses what a courier cannot call", () => {
    for (const bad of ["12345", "0112345678", "091234567", "09123456789", "+1 415 555 0100", "0912abc678", ""]) {
      expect(normalizeVietnamesePhone(bad)).toBeNull()
    }
  })
})

describe("provinces and communes", () => {
  it("lists 34 provinces and cities, each once", () => {
    expect(PROVINCES).toHaveLength(34)
    expect(new Set(PROVINCES.map((p) => p.name)).size).toBe(34)
    expect(PROVINCES.filter((p) => p.kind === "city")).toHaveLength(6)
  })

  it("finds a province however it is written, and a former province's successor", () => {
    expect(findProvince("Tỉnh Quảng Ninh")?.province.name).toBe("Quảng Ninh")
    expect(findProvince("quang ninh")?.province.name).toBe("Quảng Ninh")
    expect(findProvince("TP. Hồ Chí Minh")?.province.name).toBe("Hồ Chí Minh")
    expect(findProvince("Thành phố Hà Nội")?.province.name).toBe("Hà Nội")
    expect(findProvince("Bắc Giang")).toMatchObject({ province: { name: "Bắc Ninh" }, merged_from: "Bắc Giang" })
    expect(findProvince("Gotham")).toBeNull()
  })

  it("lists each Quảng Ninh unit once and finds it however it is typed", () => {
    expect(new Set(QUANG_NINH_COMMUNES).size).toBe(QUANG_NINH_COMMUNES.length)
    expect(findQuangNinhCommune("bai chay")).toBe("Phường Bãi Cháy")
    expect(findQuangNinhCommune("Đặc khu Vân Đồn")).toBe("Đặc khu Vân Đồn")
  })
})

describe("checkAddress", () => {
  it("accepts a complete Quảng Ninh address and normalises it", () => {
    expect(checkAddress(address())).toEqual({
      errors: [],
      normalized: { phone: "0912345678", province: "Quảng Ninh", commune: "Phường Bãi Cháy", street: "Số 25 đường Hạ Long" },
    })
  })

  it("accepts any commune outside Quảng Ninh, but needs one", () => {
    expect(checkAddress(address({ province: "Hà Nội", city: "Phường Hoàn Kiếm" })).errors).toEqual([])
    expect(checkAddress(address({ province: "Hà Nội", city: " " })).errors.map((e) => e.code)).toEqual(["commune_required"])
  })

  it("names every wrong field with a code and a message", () => {
    const { errors } = checkAddress(address({ first_name: "", last_name: "", phone: "12345", city: "Xã Không Có", province: "Quảng Ninh", address_1: "" }))
    expect(errors.map((e) => [e.field, e.code])).toEqual([
      ["shipping_address.first_name", "name_required"],
      ["shipping_address.phone", "invalid_phone"],
      ["shipping_address.city", "unknown_commune"],
      ["shipping_address.address_1", "street_required"],
    ])
    expect(errors[1].message).toMatch(/not a Vietnamese phone number/)
    expect(checkAddress(address({ city: "Xã Hà Lâu" })).errors[0].message).toMatch(/now part of Xã Điền Xá/)
    expect(findQuangNinhCommune("Hạ Lông")).toBe("Phường Hạ Long")
    expect(checkAddress(address({ city: "Phường Bai Chai" })).errors[0].message).toMatch(/Did you mean Phường Bãi Cháy/)
    expect(checkAddress(address({ province: "Hà Giang" })).errors[0]).toMatchObject({ code: "former_province", message: expect.stringMatching(/merged into Tuyên Quang/) })
    expect(checkAddress(address({ province: "Gotham" })).errors[0].code).toBe("unknown_province")
    expect(checkAddress(address({ country_code: "us" })).errors[0].code).toBe("country_not_served")
    expect(checkAddress(null).errors[0].code).toBe("address_required")
  })
})

describe("checkInvoice", () => {
  it("accepts a company with a 10- or 13-digit tax code", () => {
    expect(checkInvoice({ company_name: " Công ty TNHH Hạ Long Xanh ", tax_code: "5700100256" }).invoice).toEqual({
      company_name: "Công ty TNHH Hạ Long Xanh",
      tax_code: "5700100256",
      address: null,
      email: null,
    })
    expect(checkInvoice({ company_name: "Chi nhánh", tax_code: "5700100256001" }).invoice?.tax_code).toBe("5700100256-001")
    expect(checkInvoice({ company_name: "Chi nhánh", tax_code: "5700100256-001" }).invoice?.tax_code).toBe("5700100256-001")
    expect(checkInvoice(null)).toEqual({ errors: [] })
  })

  it("refuses a wrong tax code or a missing name", () => {
    expect(checkInvoice({ company_name: "", tax_code: "57001" }).errors.map((e) => e.code)).toEqual(["company_name_required", "invalid_tax_code"])
    expect(checkInvoice({ company_name: "A", tax_code: "57001002561" }).errors.map((e) => e.code)).toEqual(["invalid_tax_code"])
    expect(checkInvoice({ company_name: "A", tax_code: "5700100256", email: "ketoan@" }).errors.map((e) => e.code)).toEqual(["invalid_email"])
  })
})
